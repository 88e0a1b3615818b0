"""Reads of the meetings app. Listings run a fixed number of queries."""

import datetime as dt
from collections import defaultdict
from urllib.parse import urlencode

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from atnet.geo.maps import (
    NO_DATA,
    SPECIAL_STYLES,
    ZERO,
    Map,
    MapClass,
    category_classes,
    category_map,
)
from atnet.geo.models import AdministrativeUnit
from atnet.network.models import Activity, Organisation, OrganisationType, Person
from atnet.network.models import Gender as PersonGender

from .models import (
    ActionItem,
    AgendaItem,
    Attendance,
    CommitteeSession,
    Meeting,
    MeetingStatus,
    Presence,
    Registration,
    Response,
    Series,
)

# Without a previous meeting, the round table covers this many days.
EXCHANGE_DEFAULT_DAYS = 60


def meetings_listing(queryset: QuerySet) -> QuerySet:
    return queryset.select_related("series", "host_unit").annotate(
        attending=Count(
            "registrations",
            filter=Q(registrations__response=Response.ATTENDING, registrations__waitlisted=False),
        )
    )


def meeting_agenda(meeting: Meeting) -> list[AgendaItem]:
    return list(meeting.agenda_items.select_related("presenter").order_by("position", "pk"))


def previous_meeting(meeting: Meeting) -> Meeting | None:
    return (
        Meeting.objects.filter(series_id=meeting.series_id, starts_at__lt=meeting.starts_at)
        .exclude(status=MeetingStatus.CANCELLED)
        .order_by("-starts_at")
        .first()
    )


def carried_action_items(meeting: Meeting) -> QuerySet:
    """Open action items of earlier meetings of the same series: they come back on the agenda."""
    return (
        ActionItem.objects.open()
        .filter(meeting__series_id=meeting.series_id, meeting__starts_at__lt=meeting.starts_at)
        .select_related("owner", "meeting")
        .order_by("due_date", "pk")
    )


def participating_organisation_ids(meeting: Meeting) -> set[int]:
    """Organisations invited to, registered for or present at the meeting."""
    if not hasattr(meeting, "_participating"):
        invited = meeting.invitations.values_list("person__organisation_id", flat=True)
        registered = meeting.registrations.values_list("person__organisation_id", flat=True)
        present = meeting.attendances.exclude(organisation=None).values_list(
            "organisation_id", flat=True
        )
        meeting._participating = set(invited) | set(registered) | set(present)
    return meeting._participating


def invited_organisation_ids(meeting: Meeting) -> set[int]:
    if not hasattr(meeting, "_invited"):
        invited = meeting.invitations.values_list("person__organisation_id", flat=True)
        meeting._invited = set(invited)
    return meeting._invited


def minutes_organisation_ids(meeting: Meeting) -> set[int]:
    """Organisations whose people read the internal minutes: invited to or present at it.

    A registration alone counts for nothing: anyone allowed to answer could
    otherwise open the minutes by answering "not attending".
    """
    if not hasattr(meeting, "_minutes_readers"):
        present = meeting.attendances.exclude(organisation=None).values_list(
            "organisation_id", flat=True
        )
        meeting._minutes_readers = invited_organisation_ids(meeting) | set(present)
    return meeting._minutes_readers


def exchange_activities(meeting: Meeting) -> QuerySet:
    """What the participating organisations posted since the previous meeting of the series."""
    previous = previous_meeting(meeting)
    since = (
        previous.starts_at
        if previous
        else meeting.starts_at - dt.timedelta(days=EXCHANGE_DEFAULT_DAYS)
    )
    return (
        Activity.objects.filter(
            organisation_id__in=participating_organisation_ids(meeting),
            created_at__gte=since,
            created_at__lt=meeting.starts_at,
        )
        .select_related("organisation")
        .order_by("organisation__name_ro", "-start_date", "pk")
    )


def digest_recipients(meeting: Meeting) -> QuerySet:
    """The people invited to or registered for the meeting who have an email address."""
    return (
        Person.objects.exclude(email="")
        .filter(Q(meeting_invitations__meeting=meeting) | Q(meeting_registrations__meeting=meeting))
        .select_related("organisation")
        .distinct()
        .order_by("pk")
    )


def registrations_listing(meeting: Meeting) -> QuerySet:
    return meeting.registrations.select_related(
        "person__organisation", "substitute__organisation"
    ).order_by("waitlisted", "person__organisation__name_ro", "person__full_name")


def attendance_sheet(meeting: Meeting, *, unanswered: bool = False) -> list[dict]:
    """One line per expected person (registered attending or maybe) and per walk-in.

    With `unanswered`, also the people invited who never answered: at the door
    they are marked like anyone else instead of being typed in again as walk-ins.
    """
    marks = {
        a.person_id: a for a in meeting.attendances.select_related("organisation") if a.person_id
    }
    rows, seen = [], set()
    expected = registrations_listing(meeting).filter(
        response__in=[Response.ATTENDING, Response.MAYBE], waitlisted=False
    )
    for registration in expected:
        person = registration.attendee
        seen.add(person.pk)
        rows.append(
            {
                "person": person,
                "organisation": person.organisation.name,
                "attendance": marks.get(person.pk),
                "registration": registration,
            }
        )
    if unanswered:
        rows += _unanswered_rows(meeting, marks, seen)
    for attendance in meeting.attendances.select_related("organisation").order_by("full_name"):
        if attendance.person_id not in seen:
            rows.append(
                {
                    "person": attendance.person,
                    "name": attendance.full_name,
                    "organisation": attendance.organisation_label,
                    "attendance": attendance,
                }
            )
    return sorted(rows, key=lambda row: (row["organisation"] or "", _name(row)))


def _unanswered_rows(meeting: Meeting, marks: dict, seen: set) -> list[dict]:
    answered = meeting.registrations.values("person_id")
    invitations = (
        meeting.invitations.exclude(person_id__in=answered)
        .exclude(person_id__in=seen)
        .select_related("person__organisation")
    )
    rows = []
    for invitation in invitations:
        person = invitation.person
        seen.add(person.pk)
        rows.append(
            {
                "person": person,
                "organisation": person.organisation.name,
                "attendance": marks.get(person.pk),
                "unanswered": True,
            }
        )
    return rows


def _name(row: dict) -> str:
    return row["person"].full_name if row.get("person") else row.get("name", "")


def organisation_action_items(organisation_ids: set[int]) -> QuerySet:
    return (
        ActionItem.objects.filter(owner_id__in=organisation_ids)
        .select_related("owner", "meeting__series")
        .order_by("status", "due_date", "pk")
    )


def overdue_by_organisation(today: dt.date | None = None) -> list[dict]:
    """Organisations with overdue action items, the most overdue first."""
    rows = (
        ActionItem.objects.overdue(today)
        .exclude(owner=None)
        .values("owner_id")
        .annotate(overdue=Count("pk"))
        .order_by("-overdue", "owner_id")
    )
    names = Organisation.objects.in_bulk([row["owner_id"] for row in rows])
    return [{"organisation": names[row["owner_id"]], "overdue": row["overdue"]} for row in rows]


def committee_sessions(year: int) -> QuerySet:
    return (
        CommitteeSession.objects.filter(starts_at__year=year)
        .select_related("observer")
        .prefetch_related(Prefetch("follow_ups", queryset=_follow_ups()))
        .order_by("starts_at", "pk")
    )


def _follow_ups():
    from .models import FollowUp

    return FollowUp.objects.select_related("owner")


def committee_years() -> list[int]:
    return sorted(
        {d.year for d in CommitteeSession.objects.dates("starts_at", "year")}, reverse=True
    )


def user_registrations(person_ids) -> QuerySet:
    return Registration.objects.filter(person_id__in=person_ids).select_related(
        "meeting__series", "meeting__host_unit"
    )


def series_attendance(series: Series) -> list[dict]:
    """Per meeting held: people present by gender and by organisation type (two queries)."""
    meetings = list(
        series.meetings.filter(starts_at__lte=timezone.now())
        .exclude(status=MeetingStatus.CANCELLED)
        .order_by("starts_at")
    )
    counts = (
        Attendance.objects.filter(meeting__series=series, status=Presence.PRESENT)
        .values("meeting_id", "gender", "organisation__type")
        .annotate(n=Count("pk"))
    )
    by_meeting = defaultdict(
        lambda: {"gender": defaultdict(int), "type": defaultdict(int), "total": 0}
    )
    for row in counts:
        cell = by_meeting[row["meeting_id"]]
        cell["gender"][row["gender"] or "unknown"] += row["n"]
        cell["type"][row["organisation__type"] or "unknown"] += row["n"]
        cell["total"] += row["n"]
    return [_attendance_row(meeting, by_meeting[meeting.pk]) for meeting in meetings]


def _attendance_row(meeting: Meeting, cell: dict) -> dict:
    return {
        "meeting": meeting,
        "total": cell["total"],
        "genders": [cell["gender"].get(value, 0) for value in [*PersonGender.values, "unknown"]],
        "types": [cell["type"].get(value, 0) for value in [*OrganisationType.values, "unknown"]],
    }


def series_reach(series: Series, today: dt.date | None = None) -> dict:
    """Units hosted in the last 12 and 24 months, and the eligible units never reached."""
    today = today or timezone.localdate()
    hosted = (
        series.meetings.exclude(status=MeetingStatus.CANCELLED)
        .filter(host_unit__isnull=False, starts_at__date__lte=today)
        .values_list("host_unit_id", "starts_at")
    )
    last_visit: dict[int, dt.datetime] = {}
    for unit_id, starts_at in hosted:
        last_visit[unit_id] = max(last_visit.get(unit_id, starts_at), starts_at)
    units = list(series.eligible_units.all()) or list(AdministrativeUnit.objects.all())
    return {
        "last_12": _hosted_since(units, last_visit, today, 12),
        "last_24": _hosted_since(units, last_visit, today, 24),
        "never": [unit for unit in units if unit.pk not in last_visit],
        "eligible": units,
    }


def _hosted_since(units, last_visit, today, months) -> list:
    since = today - dt.timedelta(days=round(months * 30.44))
    return [
        u
        for u in units
        if u.pk in last_visit and timezone.localtime(last_visit[u.pk]).date() >= since
    ]


def reach_map(reach: dict, units: list[AdministrativeUnit]) -> Map:
    """The series' reach on the map: hosted in the last 12 months, 12 to 24, earlier, never.

    Units outside the series' eligible units have no category (no data). Each unit
    links to the series' meetings hosted there.
    """
    recent = {unit.code for unit in reach["last_12"]}
    older = {unit.code for unit in reach["last_24"]} - recent
    never = {unit.code for unit in reach["never"]}
    eligible = {unit.code for unit in reach["eligible"]}
    states = {}
    for code in eligible:
        states[code] = (
            "last_12" if code in recent else "last_24" if code in older
            else "never" if code in never else "earlier"
        )  # fmt: skip
    classes = category_classes([
        ("last_12", _("Hosted in the last 12 months")),
        ("last_24", _("Hosted 12 to 24 months ago")),
        ("earlier", _("Hosted more than 24 months ago")),
    ])  # fmt: skip
    classes += [
        MapClass("never", _("Never hosted"), *SPECIAL_STYLES[ZERO]),
        MapClass(NO_DATA, _("Outside the series' area"), *SPECIAL_STYLES[NO_DATA]),
    ]
    return category_map(
        "map-reach", _("Where the series has met"), _("Hosted"), states, classes,
        units=units, url=lambda code: "?" + urlencode({"unit": code}) + "#meetings",
    )  # fmt: skip
