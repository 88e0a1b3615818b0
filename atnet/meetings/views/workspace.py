"""The members' side: meetings, answering, minutes, action items, the Committee, calendars."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from atnet.core.pagination import paginate
from atnet.core.private_files import download_name
from atnet.core.uploads import file_response

from .. import selectors
from ..dashboard import answering_people
from ..forms import RegistrationForm, YearForm
from ..models import (
    Attachment,
    CommitteeSession,
    Meeting,
    Minutes,
    Registration,
    Response,
    Series,
)
from ..permissions import (
    can_read_internal,
    is_coordinator,
    meeting_internal_or_404,
    member_required,
    organisation_ids,
)
from ..services.participation import registration_answer
from ..services.records import calendar_feed_get, calendar_feed_revoke


@member_required
def meeting_list(request):
    when = "past" if request.GET.get("when") == "past" else "upcoming"
    meetings = Meeting.objects.past() if when == "past" else Meeting.objects.upcoming()
    return render(
        request,
        "meetings/meeting_list.html",
        {
            "items": paginate(request, selectors.meetings_listing(meetings)),
            "when": when,
            "series": Series.objects.order_by("kind", "pk"),
            "is_coordinator": is_coordinator(request.user),
        },
    )


def _own_answers(user, meeting) -> list[tuple]:
    """(person, registration or None) for each network person record of the user."""
    people = answering_people(user, meeting)
    answers = Registration.objects.filter(meeting=meeting, person__in=people)
    by_person = {answer.person_id: answer for answer in answers.select_related("substitute")}
    return [(person, by_person.get(person.pk)) for person in people]


def _online_url(user, meeting: Meeting, own: list[tuple]) -> str:
    """The video-conference link, for coordinators and members registered to come."""
    registered = any(
        answer is not None and answer.response != Response.NOT_ATTENDING for _p, answer in own
    )
    return meeting.online_url if registered or is_coordinator(user) else ""


@member_required
def meeting_detail(request, pk: int):
    meeting = get_object_or_404(
        Meeting.objects.select_related("series", "host_unit", "event_page"), pk=pk
    )
    internal = can_read_internal(request.user, meeting)
    own = _own_answers(request.user, meeting)
    context = {
        "meeting": meeting,
        "internal": internal,
        "agenda": selectors.meeting_agenda(meeting),
        "carried": selectors.carried_action_items(meeting),
        "exchange": selectors.exchange_activities(meeting) if internal else None,
        "is_coordinator": is_coordinator(request.user),
        "own": own,
        "online_url": _online_url(request.user, meeting, own),
    }
    if internal:
        context["minutes"] = Minutes.objects.filter(meeting=meeting).first()
        context["attachments"] = meeting.attachments.all()
        context["actions"] = meeting.action_items.select_related("owner")
    return render(request, "meetings/meeting_detail.html", context)


@member_required
def register(request, pk: int, person_pk: int):
    meeting = get_object_or_404(Meeting, pk=pk)
    # Only her own records whose organisation may answer this meeting.
    person = next((p for p in answering_people(request.user, meeting) if p.pk == person_pk), None)
    if person is None:
        raise Http404
    form = RegistrationForm(request.POST or None, person=person)
    if request.method == "POST" and form.is_valid():
        try:
            registration_answer(
                meeting=meeting, person=person, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your answer has been saved."))
            return redirect(_back(request) or reverse("meetings:meeting_detail", args=[meeting.pk]))
    return render(
        request, "meetings/register.html", {"meeting": meeting, "person": person, "form": form}
    )


def _back(request) -> str | None:
    """The page the answer was given from (the workspace home), if it is on this site."""
    back = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return back if back and safe else None


@member_required
def attachment_download(request, pk: int, attachment_pk: int):
    """Private files leave only through here, to those who may read the meeting's minutes."""
    meeting = meeting_internal_or_404(request.user, pk)
    attachment = get_object_or_404(Attachment, meeting=meeting, pk=attachment_pk)
    # Type from the content, always a download, sandboxed: never rendered as a page.
    name = download_name(attachment.title, attachment.file.name, fallback="attachment")
    return file_response(attachment.file, filename=name, cache="private, no-store")


@member_required
def action_items(request):
    """Each focal point's organisation items; coordinators also see who is overdue."""
    items = selectors.organisation_action_items(organisation_ids(request.user))
    context = {"items": paginate(request, items), "today": timezone.localdate()}
    if is_coordinator(request.user):
        context["overdue"] = selectors.overdue_by_organisation()
    return render(request, "meetings/action_items.html", context)


@member_required
def committee(request):
    form = YearForm(request.GET or None)
    year = (form.cleaned_data.get("year") if form.is_valid() else None) or timezone.localdate().year
    return render(
        request,
        "meetings/committee.html",
        {
            "year": year,
            "years": selectors.committee_years(),
            "form": form,
            "sessions": selectors.committee_sessions(year),
            "is_coordinator": is_coordinator(request.user),
        },
    )


@member_required
def committee_session(request, pk: int):
    session = get_object_or_404(CommitteeSession.objects.select_related("observer"), pk=pk)
    return render(
        request,
        "meetings/committee_session.html",
        {
            "session": session,
            "follow_ups": session.follow_ups.select_related("owner"),
            "is_coordinator": is_coordinator(request.user),
        },
    )


@member_required
def calendar_settings(request):
    if request.method == "POST":
        calendar_feed_revoke(user=request.user)
        messages.success(
            request, _("Your calendar has a new address; the old one no longer works.")
        )
        return redirect("meetings:calendar_settings")
    feed = calendar_feed_get(user=request.user)
    return render(request, "meetings/calendar_settings.html", {"feed": feed})
