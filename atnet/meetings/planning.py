"""Planning the next meetings of a series: dates and, for rotating series, the host.

Dates follow the series' RRULE, moved to the next working day when they fall on
a weekend or one of Moldova's public holidays (the maintained `holidays`
package knows the Orthodox Easter and the old-style Christmas).

The host proposed is the unit whose development region the network has not met
in for longest, then, inside that region, the unit not met in for longest; a
region or unit never visited comes first. Each proposal counts as a visit for
the proposals after it, so a plan of six reaches six regions where it can.
"""

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from dateutil.rrule import rrulestr
from django.conf import settings
from django.utils import timezone

from atnet.geo.models import AdministrativeUnit

from .models import Meeting, MeetingStatus, Series

NEVER = dt.date.min
# Past the end of a long plan, stop looking: a rule that yields nothing must not loop forever.
SEARCH_YEARS = 5


@dataclass
class PlannedMeeting:
    starts_at: dt.datetime
    ends_at: dt.datetime
    unit: AdministrativeUnit | None
    moved_from: dt.date | None = None  # the rule's date when it was a weekend or holiday


@lru_cache(maxsize=32)
def _holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("MD", years=year)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def rule_dates(series: Series, *, after: dt.date, count: int) -> list[dt.date]:
    """The rule's next `count` dates after `after`, counted from the month of `after`."""
    anchor = dt.datetime.combine(after.replace(day=1), dt.time())
    rule = rrulestr(series.recurrence, dtstart=anchor)
    limit = anchor.replace(year=anchor.year + SEARCH_YEARS)
    dates = []
    for occurrence in rule.xafter(anchor, inc=True):
        if occurrence > limit or len(dates) == count:
            break
        if occurrence.date() > after:
            dates.append(occurrence.date())
    return dates


def meeting_dates(series: Series, *, after: dt.date, count: int) -> list[tuple[dt.date, dt.date]]:
    """(working day, the rule's date) pairs; the two differ when a date had to move."""
    return [(next_working_day(day), day) for day in rule_dates(series, after=after, count=count)]


def _history(series: Series, before: dt.date) -> list[tuple[dt.date, AdministrativeUnit]]:
    meetings = (
        Meeting.objects.filter(series=series, host_unit__isnull=False, starts_at__date__lt=before)
        .exclude(status=MeetingStatus.CANCELLED)
        .select_related("host_unit")
    )
    return [(timezone.localtime(m.starts_at).date(), m.host_unit) for m in meetings]


def _candidates(series: Series) -> list[AdministrativeUnit]:
    units = list(series.eligible_units.all()) or list(AdministrativeUnit.objects.all())
    return sorted(units, key=lambda unit: unit.code)


def host_proposals(
    history: list[tuple[dt.date, AdministrativeUnit]],
    candidates: list[AdministrativeUnit],
    dates: list[dt.date],
) -> list[AdministrativeUnit | None]:
    """One host per date: the least recently met region, then unit (see the module docstring)."""
    region_seen: dict[str, dt.date] = {}
    unit_seen: dict[str, dt.date] = {}
    for day, unit in history:
        _visit(region_seen, unit_seen, unit, day)
    proposals = []
    for day in dates:
        if not candidates:
            proposals.append(None)
            continue
        best = min(candidates, key=lambda u: _staleness(region_seen, unit_seen, u))
        _visit(region_seen, unit_seen, best, day)
        proposals.append(best)
    return proposals


def _visit(region_seen, unit_seen, unit, day) -> None:
    region_seen[unit.development_region] = max(region_seen.get(unit.development_region, NEVER), day)
    unit_seen[unit.code] = max(unit_seen.get(unit.code, NEVER), day)


def _staleness(region_seen, unit_seen, unit) -> tuple:
    return (
        region_seen.get(unit.development_region, NEVER),
        unit_seen.get(unit.code, NEVER),
        unit.code,
    )


def last_meeting_date(series: Series) -> dt.date | None:
    last = series.meetings.exclude(status=MeetingStatus.CANCELLED).order_by("-starts_at").first()
    return timezone.localtime(last.starts_at).date() if last else None


def plan(series: Series, *, count: int, after: dt.date | None = None) -> list[PlannedMeeting]:
    """The next `count` meetings after `after` (default: today or the last meeting, if later)."""
    if after is None:
        after = max(filter(None, [timezone.localdate(), last_meeting_date(series)]))
    pairs = meeting_dates(series, after=after, count=count)
    days = [day for day, _rule_day in pairs]
    if series.rotate_host:
        units = host_proposals(
            _history(series, days[0] if days else after), _candidates(series), days
        )
    else:
        units = [series.default_unit] * len(days)
    return [
        _planned(series, day, rule_day, unit)
        for (day, rule_day), unit in zip(pairs, units, strict=True)
    ]


def local_datetime(day: dt.date, time: dt.time) -> dt.datetime:
    """A wall-clock time in Chișinău on `day`, whatever the daylight-saving offset that day."""
    return dt.datetime.combine(day, time, tzinfo=ZoneInfo(settings.TIME_ZONE))


def _planned(series, day, rule_day, unit) -> PlannedMeeting:
    starts_at = local_datetime(day, series.start_time)
    return PlannedMeeting(
        starts_at=starts_at,
        ends_at=starts_at + dt.timedelta(minutes=series.duration_minutes),
        unit=unit,
        moved_from=rule_day if rule_day != day else None,
    )
