"""Without signing in: answering from the emailed link, and the calendar feeds."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from ..calendars import calendar_build, calendar_response
from ..forms import RegistrationForm
from ..models import CalendarFeed, Meeting, Registration
from ..rsvp import InvalidLink, rsvp_invitation
from ..services.participation import registration_answer

PUBLIC_FEED_SIZE = 200


@never_cache
def rsvp(request, token: str):
    """Answer an invitation from the emailed link; the link is the only credential."""
    try:
        invitation = rsvp_invitation(token)
    except InvalidLink:
        return render(request, "meetings/rsvp_invalid.html", status=400)
    meeting, person = invitation.meeting, invitation.person
    current = Registration.objects.filter(meeting=meeting, person=person).first()
    initial = {"response": request.GET.get("answer") or (current and current.response)}
    form = RegistrationForm(request.POST or None, person=person, initial=initial)
    saved = None
    if request.method == "POST" and form.is_valid():
        try:
            saved = registration_answer(meeting=meeting, person=person, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
    return render(
        request,
        "meetings/rsvp.html",
        {
            "meeting": meeting,
            "person": person,
            "form": form,
            "saved": saved,
            "current": current,
        },
        status=200 if not form.errors else 400,
    )


def _public_meetings():
    return (
        Meeting.objects.public().select_related("series", "host_unit").order_by("starts_at", "pk")
    )


def public_calendar(request):
    """Public meetings (planned ones as tentative), for any calendar client."""
    meetings = list(_public_meetings()[:PUBLIC_FEED_SIZE])
    content = calendar_build(meetings, name=_("atnet — coordination meetings"))
    return calendar_response(content, "atnet-meetings.ics")


def personal_calendar(request, token: str):
    """A member's registrations, at a secret address that can be revoked."""
    feed = get_object_or_404(CalendarFeed.objects.select_related("user"), token=token)
    if not feed.user.is_active:
        raise Http404
    registrations = (
        Registration.objects.filter(person__user=feed.user)
        .exclude(response="not_attending")
        .select_related("meeting__series", "meeting__host_unit")
    )
    meetings = [registration.meeting for registration in registrations]
    content = calendar_build(
        meetings,
        name=_("My coordination meetings"),
        urls=lambda m: request.build_absolute_uri(reverse("meetings:meeting_detail", args=[m.pk])),
        online=True,  # only her registrations are listed
    )
    response = calendar_response(content, "my-meetings.ics")
    response["Cache-Control"] = "private, no-store"
    return response
