"""Retention: participants' contact details are erased once they are no longer needed.

A meeting participant's or a training participant's email and phone are kept
for ATNET_RETENTION_PARTICIPANT_CONTACT_DAYS (three years by default) after
their last event — the last meeting they were invited to, registered for or
attended; the last day of their last training session — or after the record was
last changed, whichever is later. Names, gender and organisation stay: the
figures need them. People with an active user account are members of the
network, not only participants: their contact details stay while the account does.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import DateTimeField, Max, Q, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from atnet.core.models import AuditLogEntry
from atnet.network.models import Person
from atnet.trainings.models import Participant

DEFAULT_CONTACT_DAYS = 3 * 365
CONTACT_FIELDS = ("email", "phone")
# Stands for "never" where a person has no meeting of a kind (GREATEST of NULL is NULL on SQLite).
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def contact_retention_days() -> int:
    return int(getattr(settings, "ATNET_RETENTION_PARTICIPANT_CONTACT_DAYS", DEFAULT_CONTACT_DAYS))


@dataclass
class RetentionResult:
    people: int = 0
    participants: int = 0


def _with_contact():
    return ~Q(email="") | ~Q(phone="")


def _last(relation: str):
    return Coalesce(
        Max(f"{relation}__meeting__starts_at"), Value(EPOCH, output_field=DateTimeField())
    )


def expired_people(cutoff: dt.datetime):
    """Contact people whose last meeting, and last change, are older than `cutoff`."""
    last_event = Greatest(
        _last("meeting_invitations"), _last("meeting_registrations"), _last("meeting_attendances")
    )
    return (
        Person.objects.filter(_with_contact(), updated_at__lt=cutoff)
        .exclude(user__is_active=True)
        .annotate(last_event=last_event)
        .filter(last_event__gt=EPOCH, last_event__lt=cutoff)
    )


def expired_participants(cutoff_day: dt.date, cutoff: dt.datetime):
    """Participants whose last session ended, and whose record changed, before the cutoff."""
    return (
        Participant.objects.filter(_with_contact(), updated_at__lt=cutoff)
        .annotate(last_day=Max("enrolments__session__end_date"))
        .filter(Q(last_day__lt=cutoff_day) | Q(last_day__isnull=True))
    )


def _clear(queryset, label: str) -> int:
    ids = list(queryset.values_list("pk", flat=True))
    # update(): no save() so updated_at keeps the record's real last change; logged below.
    queryset.model.objects.filter(pk__in=ids).update(email="", phone="")
    AuditLogEntry.objects.bulk_create(
        AuditLogEntry(
            action="privacy.retention",
            object_type=label,
            object_id=str(pk),
            data={"fields": list(CONTACT_FIELDS), "via": "retention"},
        )
        for pk in ids
    )
    return len(ids)


@transaction.atomic
def contact_retention_apply(*, now: dt.datetime | None = None) -> RetentionResult:
    """Erase the contact details whose retention period is over; return how many records."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=contact_retention_days())
    cutoff_day = timezone.localtime(cutoff).date()
    return RetentionResult(
        people=_clear(expired_people(cutoff), "network.person"),
        participants=_clear(expired_participants(cutoff_day, cutoff), "trainings.participant"),
    )
