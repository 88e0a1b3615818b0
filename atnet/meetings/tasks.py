"""Background work: invitations, notices of change, reminders, digests. Immediate in tests."""

import datetime as dt

from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from . import emails, selectors
from .models import Invitation, Meeting, MeetingStatus, Registration, Response

# Reminders go to those who said they come or might come.
REMINDED = [Response.ATTENDING, Response.MAYBE]
# field: (window start, window end) before the meeting; the windows do not overlap, so a
# person registered the day before gets one reminder, not two.
REMINDERS = {
    "reminded_week_at": (dt.timedelta(days=1), dt.timedelta(days=7)),
    "reminded_day_at": (dt.timedelta(0), dt.timedelta(days=1)),
}


@task()
def invitation_send(*, invitation_id: int) -> bool:
    invitation = Invitation.objects.select_related(
        "person__organisation", "meeting__series", "meeting__host_unit"
    ).get(pk=invitation_id)
    if not invitation.person.email:
        return False
    emails.invitation_message(invitation).send()
    invitation.sent_at = timezone.now()
    invitation.save(update_fields=["sent_at"])
    return True


@task()
def exchange_digest_send(*, meeting_id: int) -> int:
    """Email the round table's activities to the invited and registered, each in their language."""
    meeting = Meeting.objects.select_related("series", "host_unit").get(pk=meeting_id)
    activities = list(selectors.exchange_activities(meeting))
    recipients = list(selectors.digest_recipients(meeting))
    for person in recipients:
        emails.digest_message(meeting, person, activities).send()
    return len(recipients)


def _registered(meeting_id: int):
    return (
        Registration.objects.filter(meeting_id=meeting_id, response__in=REMINDED)
        .select_related(
            "person__organisation", "substitute", "meeting__series", "meeting__host_unit"
        )
        .order_by("pk")
    )


@task()
def meeting_changed_notify(*, meeting_id: int) -> int:
    """Tell everyone registered that the meeting moved, changed or was cancelled."""
    sent = 0
    for registration in _registered(meeting_id):
        if registration.attendee.email:
            emails.notice_message(registration, "changed").send()
            sent += 1
    return sent


@task()
def reminders_send() -> int:
    """Send the reminders due seven days and one day before; each goes once (run it hourly)."""
    now, sent = timezone.now(), 0
    for field, (start, end) in REMINDERS.items():
        due = (
            _registered_upcoming(now + start, now + end)
            .filter(**{f"{field}__isnull": True})
            .exclude(Q(waitlisted=True))
        )
        for registration in due:
            if registration.attendee.email:
                emails.notice_message(registration, "reminder").send()
                sent += 1
            setattr(registration, field, now)
            registration.save(update_fields=[field])
    return sent


def _registered_upcoming(now, until):
    meetings = Meeting.objects.filter(starts_at__gt=now, starts_at__lte=until).exclude(
        status__in=[MeetingStatus.CANCELLED, MeetingStatus.POSTPONED]
    )
    return (
        Registration.objects.filter(meeting__in=meetings, response__in=REMINDED)
        .select_related(
            "person__organisation", "substitute", "meeting__series", "meeting__host_unit"
        )
        .order_by("pk")
    )
