"""Organisation profiles and their people, in the members' workspace."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from atnet.core.pagination import paginate

from .. import permissions, selectors, services
from ..forms import OrganisationFilterForm, OrganisationProfileForm, PersonForm
from ..models import Organisation, Person
from ..permissions import member_required


@member_required
def organisation_list(request):
    form = OrganisationFilterForm(request.GET or None)
    organisations = selectors.organisations_filter(Organisation.objects.all(), **form.filters())
    return render(
        request,
        "network/workspace/organisation_list.html",
        {
            "filter_form": form,
            "items": paginate(request, selectors.organisations_listing(organisations)),
        },
    )


@member_required
def organisation_detail(request, pk: int):
    organisation = get_object_or_404(Organisation.objects.prefetch_related("regions"), pk=pk)
    activities = selectors.activities_listing(organisation.activities.all())
    return render(
        request,
        "network/workspace/organisation_detail.html",
        {
            "organisation": organisation,
            "activities": activities,
            "can_edit": permissions.can_edit(request.user, organisation.pk),
            # The list of people is for focal points and coordinators only
            # (docs/data-protection.md: a member sees no lists of people).
            "sees_people": permissions.can_edit(request.user, organisation.pk),
        },
    )


@member_required
def organisation_edit(request, pk: int):
    organisation = permissions.organisation_for_edit(request.user, pk)
    form = OrganisationProfileForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        services.organisation_update(
            actor=request.user, organisation=organisation, data=form.cleaned_data
        )
        messages.success(request, _("The profile has been saved."))
        return redirect("network:organisation_detail", pk=organisation.pk)
    return render(
        request,
        "network/workspace/organisation_form.html",
        {"form": form, "organisation": organisation},
    )


@member_required
def people(request, pk: int):
    # Focal points and coordinators: a plain member sees no lists of people.
    organisation = permissions.organisation_for_edit(request.user, pk)
    return render(
        request,
        "network/workspace/people.html",
        {
            "organisation": organisation,
            "people": organisation.people.all(),
            "can_edit": permissions.can_edit(request.user, organisation.pk),
        },
    )


@member_required
def person_edit(request, pk: int, person_pk: int | None = None):
    organisation = permissions.organisation_for_edit(request.user, pk)
    person = (
        permissions.person_for_edit(request.user, organisation, person_pk)
        if person_pk
        else Person(organisation=organisation)
    )
    form = PersonForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        services.person_save(actor=request.user, person=person, data=form.cleaned_data)
        messages.success(request, _("The contact has been saved."))
        return redirect("network:people", pk=organisation.pk)
    return render(
        request,
        "network/workspace/person_form.html",
        {"form": form, "organisation": organisation, "person": person},
    )
