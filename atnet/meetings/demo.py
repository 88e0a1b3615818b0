"""Demo data: both series 12 months back and 6 ahead, with agendas, answers, attendance,
minutes and action items, and a year of National Committee sessions.

Idempotent: a series is found by its slug, a meeting by its series and day, a
Committee session by its day; what exists is left as it is. No email is sent
(rows are written directly, not through the services that queue emails).
"""

import datetime as dt

from django.contrib.auth import get_user_model
from django.utils import timezone

from atnet.geo.models import AdministrativeUnit
from atnet.network.models import Level, Person

from . import demo_content as content
from .models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Attendance,
    CommitteeSession,
    FollowUp,
    Invitation,
    Meeting,
    MeetingStatus,
    Minutes,
    Presence,
    Registration,
    Response,
    Series,
)
from .planning import local_datetime, plan
from .services.meetings import meeting_announce

MONTHS_BACK, MONTHS_AHEAD = 12, 6
ANNOUNCED_DAYS = 90  # meetings held since then, and confirmed ones, are public events
GENDERS = ("female", "female", "male")  # demo attendance when a person's gender is unknown


def demo_load() -> dict[str, int]:
    today = timezone.localdate()
    start = today - dt.timedelta(days=MONTHS_BACK * 30)
    counts = {"meeting_series": 0, "meetings": 0, "committee_sessions": 0}
    for slug, texts in content.SERIES.items():
        series = _series(slug, texts)
        months = MONTHS_BACK + MONTHS_AHEAD
        count = months if series.kind == "national" else months // 2
        meetings = [_meeting(series, row, today) for row in plan(series, count=count, after=start)]
        counts["meeting_series"] += 1
        counts["meetings"] += len([m for m in meetings if m])
    counts["committee_sessions"] = len(_committee(today))
    _announce(today)
    return counts


def _announce(today: dt.date) -> None:
    """Recent and confirmed meetings on the public agenda, through the announcing service,
    so each public event has its meeting's day, time and place."""
    from atnet.portal.models import EventIndexPage

    if not EventIndexPage.objects.exists():
        return  # the portal's demo makes the events page
    meetings = Meeting.objects.filter(
        series__slug__in=content.SERIES,
        status__in=[MeetingStatus.HELD, MeetingStatus.CONFIRMED],
        starts_at__date__gte=today - dt.timedelta(days=ANNOUNCED_DAYS),
        event_page=None,
    ).order_by("starts_at")
    for meeting in meetings:
        meeting_announce(actor=None, meeting=meeting)


def _series(slug: str, texts: dict) -> Series:
    existing = Series.objects.filter(slug=slug).first()
    if existing:
        return existing
    ro, en, ru = texts["names"]
    regional = texts["kind"] == "regional"
    series = Series(
        slug=slug,
        kind=texts["kind"],
        name_ro=ro,
        name_en=en,
        name_ru=ru,
        recurrence=texts["recurrence"],
        default_venue=texts["venue"],
        rotate_host=regional,
        default_unit=None if regional else AdministrativeUnit.objects.get(code="MD-CU"),
    )
    series.full_clean()
    series.save()
    return series


def _meeting(series: Series, row, today: dt.date) -> Meeting | None:
    day = row.starts_at.date()
    if Meeting.objects.filter(series=series, starts_at__date=day).exists():
        return None
    past = day < today
    status = (
        MeetingStatus.HELD
        if past
        else (
            MeetingStatus.CONFIRMED
            if day < today + dt.timedelta(days=60)
            else MeetingStatus.PLANNED
        )
    )
    meeting = Meeting.objects.create(
        series=series,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        host_unit=row.unit,
        venue=series.default_venue,
        status=status,
        capacity=40,
    )
    _agenda(meeting)
    people = _invitees(meeting)
    Invitation.objects.bulk_create(
        [
            Invitation(meeting=meeting, person=p, sent_at=row.starts_at - dt.timedelta(days=21))
            for p in people
        ]
    )
    registrations = _registrations(meeting, people)
    if past:
        _attendance(meeting, registrations)
        _records(meeting, today)
    return meeting


def _agenda(meeting: Meeting) -> None:
    chosen = [
        content.AGENDA[0],
        content.AGENDA[1 + meeting.starts_at.month % 4],
        content.AGENDA[-1],
    ]
    AgendaItem.objects.bulk_create(
        [
            AgendaItem(
                meeting=meeting,
                position=i,
                title_ro=ro,
                title_en=en,
                title_ru=ru,
                minutes_allotted=m,
            )
            for i, (ro, en, ru, m) in enumerate(chosen, start=1)
        ]
    )


def _invitees(meeting: Meeting) -> list[Person]:
    people = Person.objects.exclude(email="").select_related("organisation").order_by("pk")
    if meeting.host_unit and meeting.series.rotate_host:
        region = meeting.host_unit.development_region
        local = people.filter(organisation__regions__development_region=region)
        national = people.filter(organisation__level=Level.NATIONAL)
        return list((local | national).distinct()[:25])
    return list(people.filter(organisation__level=Level.NATIONAL)[:25] or people[:25])


def _registrations(meeting: Meeting, people: list[Person]) -> list[Registration]:
    answers = (
        Response.ATTENDING,
        Response.ATTENDING,
        Response.ATTENDING,
        Response.MAYBE,
        Response.NOT_ATTENDING,
    )
    rows = [
        Registration(meeting=meeting, person=p, response=answers[(p.pk + meeting.pk) % 5])
        for i, p in enumerate(people)
        if (i + meeting.pk) % 6
    ]  # some never answer
    return Registration.objects.bulk_create(rows)


def _attendance(meeting: Meeting, registrations: list[Registration]) -> None:
    lines = []
    for registration in registrations:
        if registration.response == Response.NOT_ATTENDING:
            continue
        person = registration.person
        status = Presence.PRESENT if (person.pk + meeting.pk) % 7 else Presence.EXCUSED
        lines.append(
            Attendance(
                meeting=meeting,
                person=person,
                full_name=person.full_name,
                organisation=person.organisation,
                position=person.position,
                gender=person.gender or GENDERS[person.pk % 3],
                status=status,
            )
        )
    Attendance.objects.bulk_create(lines)


def _records(meeting: Meeting, today: dt.date) -> None:
    ro, en, ru = content.SUMMARY
    Minutes.objects.create(
        meeting=meeting,
        body=_minutes_body(meeting),
        public_summary_ro=ro,
        public_summary_en=en,
        public_summary_ru=ru,
    )
    owners = list(
        meeting.attendances.exclude(organisation=None).values_list("organisation", flat=True)
    )
    for number in range(2):
        due = timezone.localtime(meeting.starts_at).date() + dt.timedelta(days=30 + 15 * number)
        status = ActionStatus.DONE if due < today - dt.timedelta(days=60) else ActionStatus.OPEN
        ActionItem.objects.create(
            meeting=meeting,
            text=content.ACTIONS[(meeting.pk + number) % len(content.ACTIONS)],
            owner_id=owners[(number * 3) % len(owners)] if owners else None,
            due_date=due,
            status=status,
        )


def _minutes_body(meeting: Meeting) -> str:
    """Minutes of this meeting: its day, place and attendance, and two topics in turn."""
    day = timezone.localtime(meeting.starts_at).date()
    present = meeting.attendances.filter(status=Presence.PRESENT)
    organisations = present.exclude(organisation=None).values("organisation").distinct()
    topics = content.MINUTES_TOPICS
    turn = day.year * 12 + day.month + (meeting.host_unit_id or 0)
    return content.MINUTES.format(
        day=day.strftime("%d.%m.%Y"),
        place=meeting.host_unit.name_ro if meeting.host_unit else meeting.venue,
        present=present.count(),
        organisations=organisations.count(),
        first=topics[turn % len(topics)],
        second=topics[(turn + 3) % len(topics)],
    )


def _committee(today: dt.date) -> list[CommitteeSession]:
    observer = get_user_model().objects.filter(groups__name="coordinator").order_by("pk").first()
    sessions = []
    for quarter in range(4):
        day = _quarter_day(today, quarter)
        if CommitteeSession.objects.filter(starts_at__date=day).exists():
            continue
        ro, en, ru = content.COMMITTEE["titles"]
        past = day < today
        session = CommitteeSession.objects.create(
            starts_at=local_datetime(day, dt.time(11)),
            title_ro=ro,
            title_en=en,
            title_ru=ru,
            venue=content.COMMITTEE["venue"],
            agenda=content.COMMITTEE["agenda"],
            is_public=quarter != 2,
            observer=observer,
            observer_notes=content.COMMITTEE["notes"] if past else "",
        )
        if past:
            FollowUp.objects.create(
                session=session,
                text=content.COMMITTEE["follow_up"],
                due_date=day + dt.timedelta(days=90),
            )
        sessions.append(session)
    return sessions


def _quarter_day(today: dt.date, quarter: int) -> dt.date:
    """A working Tuesday in the middle of each of the last four quarters."""
    from .planning import next_working_day

    day = today - dt.timedelta(days=45 + 91 * quarter)
    return next_working_day(day + dt.timedelta(days=(1 - day.weekday()) % 7))
