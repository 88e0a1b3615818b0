"""The members' workspace: activities, the who-does-what-where table and region pages."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from atnet.accounts.roles import is_coordinator
from atnet.core.pagination import paginate
from atnet.geo.models import AdministrativeUnit
from atnet.meetings import dashboard as meetings_dashboard
from atnet.trainings import dashboard as trainings_dashboard

from .. import dashboard, exports, permissions, selectors, services
from ..forms import ActivityFilterForm, ActivityForm
from ..permissions import member_required


@member_required
def home(request):
    """The workspace home: what needs the signed-in user now."""
    coordinator = is_coordinator(request.user)
    context = {"is_coordinator": coordinator, **_member_dashboard(request.user)}
    if coordinator:
        context.update(_coordinator_dashboard())
    return render(request, "network/workspace/home.html", context)


def _member_dashboard(user) -> dict:
    organisations = dashboard.own_organisations(user)
    organisation_ids = {status.organisation.pk for status in organisations}
    return {
        "organisations": organisations,
        "coming_meetings": meetings_dashboard.coming_meetings(user),
        "action_items": meetings_dashboard.open_action_items(organisation_ids),
        "enrolments": trainings_dashboard.people_enrolments(user),
        "certificates": trainings_dashboard.people_certificates(user),
        "activities": dashboard.own_activities(user),
        "editable": permissions.editable_organisations(user).exists(),
        "today": timezone.localdate(),
    }


def _coordinator_dashboard() -> dict:
    return {
        "work": meetings_dashboard.coordinator_work(),
        "nominations": trainings_dashboard.nominations_to_confirm(),
        "unverified": dashboard.organisations_unverified(),
    }


def filtered_activities(request) -> tuple[ActivityFilterForm, object]:
    form = ActivityFilterForm(request.GET or None)
    activities = selectors.activities_visible(request.user)
    return form, selectors.activities_filter(activities, **form.filters())


@member_required
def activity_list(request):
    form, activities = filtered_activities(request)
    return render(
        request,
        "network/workspace/activity_list.html",
        {
            "filter_form": form,
            "items": paginate(request, selectors.activities_listing(activities)),
            "grid": selectors.activities_grid(activities),
            "is_coordinator": is_coordinator(request.user),
            "can_post": permissions.editable_organisations(request.user).exists(),
        },
    )


@member_required
def activity_detail(request, pk: int):
    activities = selectors.activities_listing(selectors.activities_visible(request.user))
    activity = get_object_or_404(activities, pk=pk)
    can_edit = permissions.can_edit(request.user, activity.organisation_id)
    return render(
        request,
        "network/workspace/activity_detail.html",
        {"activity": activity, "can_edit": can_edit},
    )


@member_required
def activity_create(request):
    organisations = permissions.editable_organisations(request.user).order_by("name_ro")
    if not organisations.exists():
        return render(request, "network/workspace/no_organisation.html", status=404)
    form = ActivityForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        activity = services.activity_create(
            actor=request.user, organisation=data.pop("organisation"), data=data
        )
        messages.success(request, _("The activity has been published."))
        return redirect("network:activity_detail", pk=activity.pk)
    return render(request, "network/workspace/activity_form.html", {"form": form})


@member_required
def activity_edit(request, pk: int):
    activity = permissions.activity_for_edit(request.user, pk)
    form = ActivityForm(request.POST or None, instance=activity)
    if request.method == "POST" and form.is_valid():
        services.activity_update(actor=request.user, activity=activity, data=form.cleaned_data)
        messages.success(request, _("The activity has been saved."))
        return redirect("network:activity_detail", pk=activity.pk)
    return render(
        request, "network/workspace/activity_form.html", {"form": form, "activity": activity}
    )


@member_required
def activity_delete(request, pk: int):
    activity = permissions.activity_for_edit(request.user, pk)
    if request.method == "POST":
        services.activity_delete(actor=request.user, activity=activity)
        messages.success(request, _("The activity has been deleted."))
        return redirect("network:activity_list")
    return render(request, "network/workspace/activity_delete.html", {"activity": activity})


@member_required
def region(request, code: str):
    unit = get_object_or_404(AdministrativeUnit, code=code.upper())
    overview = selectors.region_overview(
        unit=unit, activities=selectors.activities_visible(request.user)
    )
    return render(request, "network/workspace/region.html", overview)


@member_required
def activity_export(request, fmt: str):
    permissions.coordinator_only(request.user)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    _form, activities = filtered_activities(request)
    activities = selectors.activities_listing(activities)
    return (
        exports.activities_xlsx(activities) if fmt == "xlsx" else exports.activities_csv(activities)
    )
