"""The coordinator's side: planning, changes, agenda, invitations, attendance, minutes, actions."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from .. import selectors
from ..forms import (
    ActionItemForm,
    ActionStatusForm,
    AgendaItemForm,
    AttachmentForm,
    AttendanceForm,
    InviteForm,
    MeetingForm,
    MinutesForm,
    PlanForm,
    PlannedRowFormSet,
    WalkInForm,
)
from ..models import ActionItem, AgendaItem, Meeting, Minutes, Series
from ..permissions import coordinator_required
from ..planning import PlannedMeeting, local_datetime, plan
from ..services import exchange, participation, records
from ..services import meetings as meeting_services


def _planned_message(count: int) -> str:
    text = ngettext(
        "%(count)d meeting has been planned.", "%(count)d meetings have been planned.", count
    )
    return text % {"count": count}


def _invited_message(count: int) -> str:
    text = ngettext(
        "%(count)d invitation is being sent.", "%(count)d invitations are being sent.", count
    )
    return text % {"count": count}


def _digest_message(count: int) -> str:
    text = ngettext(
        "The digest is being sent to %(count)d person.",
        "The digest is being sent to %(count)d people.",
        count,
    )
    return text % {"count": count}


def _meeting(pk: int) -> Meeting:
    return get_object_or_404(Meeting.objects.select_related("series", "host_unit"), pk=pk)


def _rows(series: Series, planned: list[PlannedMeeting]) -> list[dict]:
    return [
        {
            "include": True,
            "day": row.starts_at.date(),
            "time": row.starts_at.time(),
            "unit": row.unit,
        }
        for row in planned
    ]


def _confirmed(series: Series, formset) -> list[PlannedMeeting]:
    rows = []
    for data in formset.cleaned_data:
        if data.get("include"):
            starts = local_datetime(data["day"], data["time"])
            ends = starts + series.duration_timedelta
            rows.append(PlannedMeeting(starts_at=starts, ends_at=ends, unit=data["unit"]))
    return rows


@coordinator_required
def plan_meetings(request, slug: str):
    """Propose the next meetings; the coordinator keeps or changes each row, then creates them."""
    series = get_object_or_404(Series, slug=slug)
    if request.method == "POST":
        formset = PlannedRowFormSet(request.POST, prefix="row")
        if formset.is_valid():
            try:
                created = meeting_services.meetings_create_from_plan(
                    actor=request.user, series=series, planned=_confirmed(series, formset)
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _planned_message(len(created)))
                return redirect("meetings:series_detail", slug=series.slug)
        return render(
            request,
            "meetings/plan.html",
            {"series": series, "formset": formset, "form": PlanForm()},
        )
    form = PlanForm(request.GET or None)
    formset = None
    if form.is_valid():
        planned = plan(
            series, count=form.cleaned_data["count"], after=form.cleaned_data.get("after")
        )
        formset = PlannedRowFormSet(initial=_rows(series, planned), prefix="row")
        formset.moved = [row.moved_from for row in planned]
    return render(
        request, "meetings/plan.html", {"series": series, "form": form, "formset": formset}
    )


@coordinator_required
def meeting_edit(request, pk: int):
    meeting = _meeting(pk)
    form = MeetingForm(request.POST or None, instance=Meeting.objects.get(pk=pk))
    if request.method == "POST" and form.is_valid():
        try:
            meeting_services.meeting_update(
                actor=request.user, meeting=meeting, data=form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The meeting has been saved."))
            return redirect("meetings:meeting_detail", pk=meeting.pk)
    return render(request, "meetings/meeting_form.html", {"meeting": meeting, "form": form})


@coordinator_required
def agenda(request, pk: int):
    meeting = _meeting(pk)
    form = AgendaItemForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        meeting_services.agenda_item_add(actor=request.user, meeting=meeting, **form.cleaned_data)
        messages.success(request, _("The item has been added to the agenda."))
        return redirect("meetings:agenda", pk=meeting.pk)
    return render(
        request,
        "meetings/agenda_form.html",
        {"meeting": meeting, "form": form, "agenda": selectors.meeting_agenda(meeting)},
    )


@require_POST
@coordinator_required
def agenda_delete(request, pk: int, item_pk: int):
    item = get_object_or_404(AgendaItem, meeting_id=pk, pk=item_pk)
    meeting_services.agenda_item_delete(actor=request.user, item=item)
    return redirect("meetings:agenda", pk=pk)


@require_POST
@coordinator_required
def agenda_move(request, pk: int, item_pk: int):
    item = get_object_or_404(
        AgendaItem.objects.select_related("meeting"), meeting_id=pk, pk=item_pk
    )
    try:
        meeting_services.agenda_item_move(
            actor=request.user, item=item, direction=request.POST.get("direction", "")
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(f"{reverse('meetings:agenda', args=[pk])}#item-{item.pk}")


@coordinator_required
def invite(request, pk: int):
    meeting = _meeting(pk)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        people = participation.people_matching(**form.cleaned_data)
        try:
            created = participation.invitations_create(
                actor=request.user, meeting=meeting, people=people
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _invited_message(len(created)))
            return redirect("meetings:invite", pk=meeting.pk)
    invitations = meeting.invitations.select_related("person__organisation").order_by(
        "person__full_name"
    )
    return render(
        request,
        "meetings/invite.html",
        {
            "meeting": meeting,
            "form": form,
            "invitations": invitations,
            "registrations": selectors.registrations_listing(meeting),
        },
    )


@coordinator_required
def attendance(request, pk: int):
    """At the door, on a phone: one tap per person, walk-ins added below."""
    meeting = _meeting(pk)
    if request.method == "POST":
        form = AttendanceForm(request.POST)
        if form.is_valid():
            participation.attendance_mark(actor=request.user, meeting=meeting, **form.cleaned_data)
            return redirect(f"{request.path}#person-{form.cleaned_data['person'].pk}")
        messages.error(request, _("The attendance could not be recorded; try again."))
    return render(
        request,
        "meetings/attendance.html",
        {
            "meeting": meeting,
            "rows": selectors.attendance_sheet(meeting, unanswered=True),
            "walk_in": WalkInForm(),
        },
    )


@require_POST
@coordinator_required
def walk_in(request, pk: int):
    meeting = _meeting(pk)
    form = WalkInForm(request.POST)
    if form.is_valid():
        participation.attendance_walk_in(actor=request.user, meeting=meeting, **form.cleaned_data)
        messages.success(request, _("The walk-in has been added."))
        return redirect("meetings:attendance", pk=meeting.pk)
    return render(
        request,
        "meetings/attendance.html",
        {
            "meeting": meeting,
            "rows": selectors.attendance_sheet(meeting, unanswered=True),
            "walk_in": form,
        },
        status=400,
    )


@coordinator_required
def minutes_edit(request, pk: int):
    meeting = _meeting(pk)
    current = Minutes.objects.filter(meeting=meeting).first()
    initial = (
        {name: getattr(current, name) for name in MinutesForm.base_fields} if current else None
    )
    form = MinutesForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        records.minutes_save(actor=request.user, meeting=meeting, **form.cleaned_data)
        messages.success(request, _("The minutes have been saved."))
        return redirect("meetings:meeting_detail", pk=meeting.pk)
    return render(
        request,
        "meetings/minutes_form.html",
        {
            "meeting": meeting,
            "form": form,
            "attachment_form": AttachmentForm(),
            "attachments": meeting.attachments.all(),
        },
    )


@require_POST
@coordinator_required
def attachment_upload(request, pk: int):
    meeting = _meeting(pk)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            records.attachment_add(actor=request.user, meeting=meeting, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The attachment has been added."))
    else:
        messages.error(request, _("Choose a file and give it a title."))
    return redirect("meetings:minutes_edit", pk=meeting.pk)


@coordinator_required
def action_create(request, pk: int):
    meeting = _meeting(pk)
    form = ActionItemForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        records.action_item_create(actor=request.user, meeting=meeting, **form.cleaned_data)
        messages.success(request, _("The action item has been added."))
        return redirect("meetings:meeting_detail", pk=meeting.pk)
    return render(request, "meetings/action_form.html", {"meeting": meeting, "form": form})


@require_POST
@coordinator_required
def action_status(request, item_pk: int):
    item = get_object_or_404(ActionItem, pk=item_pk)
    form = ActionStatusForm(request.POST)
    if form.is_valid():
        records.action_item_status_set(
            actor=request.user, item=item, status=form.cleaned_data["status"]
        )
        messages.success(request, _("The status has been updated."))
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("meetings:action_items")
    return redirect(target)


@require_POST
@coordinator_required
def announce(request, pk: int):
    meeting = _meeting(pk)
    try:
        meeting_services.meeting_announce(actor=request.user, meeting=meeting)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("The meeting is announced on the public events page in three languages.")
        )
    return redirect("meetings:meeting_detail", pk=meeting.pk)


@require_POST
@coordinator_required
def exchange_digest(request, pk: int):
    """Send the round table's activities by email to everyone invited or registered."""
    meeting = _meeting(pk)
    try:
        count = exchange.exchange_digest_send(actor=request.user, meeting=meeting)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _digest_message(count))
    return redirect("meetings:meeting_detail", pk=meeting.pk)
