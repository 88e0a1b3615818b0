"""What the workspace home shows of meetings; each read runs a fixed number of queries.

`meetings_answerable_by` is the one rule for which meetings a member may
answer from the workspace: those her organisation is invited to, and those open
to all members. Every view that offers an answer goes through it; the service
that records an answer checks the same rule (`permissions.may_answer`).
"""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone

from .models import ActionItem, Meeting, MeetingStatus, Registration
from .permissions import own_people

# Coordinators see the meetings to plan this far ahead.
PLANNING_HORIZON_DAYS = 90
DASHBOARD_ROWS = 10


def meetings_answerable_by(organisation_ids, meetings: QuerySet | None = None) -> QuerySet:
    """The meetings (of `meetings`) that members of these organisations may answer."""
    meetings = Meeting.objects.all() if meetings is None else meetings
    invited = Meeting.objects.filter(invitations__person__organisation_id__in=organisation_ids)
    open_or_invited = Q(pk__in=invited.values("pk")) | Q(open_to_members=True)
    return meetings.filter(open_or_invited).exclude(status=MeetingStatus.CANCELLED)


def _answerable_ids(organisation_id: int, meetings: QuerySet) -> set[int]:
    return set(meetings_answerable_by({organisation_id}, meetings).values_list("pk", flat=True))


def answering_people(user, meeting: Meeting) -> list:
    """The user's own person records that may answer this meeting.

    One query per organisation she belongs to (usually one), whatever the data.
    """
    people = list(own_people(user))
    meetings = Meeting.objects.filter(pk=meeting.pk)
    allowed = {o for o in {p.organisation_id for p in people} if _answerable_ids(o, meetings)}
    return [person for person in people if person.organisation_id in allowed]


@dataclass
class ComingMeeting:
    meeting: Meeting
    people: list  # (person, registration or None) for each of her records that may answer


def coming_meetings(user, limit: int = DASHBOARD_ROWS) -> list[ComingMeeting]:
    """Coming meetings she may answer, with her answers.

    Three queries plus one per organisation she belongs to, whatever the data.
    """
    people = list(own_people(user))
    upcoming = Meeting.objects.upcoming()
    answerable = {o: _answerable_ids(o, upcoming) for o in {p.organisation_id for p in people}}
    ids = set().union(*answerable.values()) if answerable else set()
    meetings = list(upcoming.filter(pk__in=ids).select_related("series", "host_unit")[:limit])
    answers = {
        (r.meeting_id, r.person_id): r
        for r in Registration.objects.filter(
            meeting__in=meetings, person__in=people
        ).select_related("substitute")
    }
    return [
        ComingMeeting(
            meeting,
            [
                (person, answers.get((meeting.pk, person.pk)))
                for person in people
                if meeting.pk in answerable[person.organisation_id]
            ],
        )
        for meeting in meetings
    ]


def open_action_items(organisation_ids, limit: int = DASHBOARD_ROWS) -> list[ActionItem]:
    """Her organisations' open action items, overdue first, then by due date (one query)."""
    today = timezone.localdate()
    items = (
        ActionItem.objects.open()
        .filter(owner_id__in=organisation_ids)
        .select_related("owner", "meeting")
        .order_by("due_date", "pk")
    )
    items = list(items[:200])
    items.sort(key=lambda item: (not _overdue(item, today), item.due_date or dt.date.max))
    return items[:limit]


def _overdue(item: ActionItem, today: dt.date) -> bool:
    return item.due_date is not None and item.due_date < today


@dataclass
class CoordinatorWork:
    to_plan: list
    attendance_missing: list
    minutes_missing: list


def coordinator_work(limit: int = DASHBOARD_ROWS) -> CoordinatorWork:
    """The meetings waiting for the programme's staff (three queries)."""
    now = timezone.now()
    held = Meeting.objects.filter(ends_at__lt=now).exclude(status=MeetingStatus.CANCELLED)
    held = held.select_related("series").order_by("-starts_at", "-pk")
    coming = Meeting.objects.filter(
        starts_at__gte=now, starts_at__lt=now + dt.timedelta(days=PLANNING_HORIZON_DAYS)
    ).filter(Q(status=MeetingStatus.PLANNED) | Q(agenda_items__isnull=True))
    return CoordinatorWork(
        to_plan=list(
            coming.distinct().select_related("series").order_by("starts_at", "pk")[:limit]
        ),
        attendance_missing=list(held.filter(attendances__isnull=True)[:limit]),
        minutes_missing=list(held.filter(minutes__isnull=True)[:limit]),
    )
