"""A VTIMEZONE written with yearly rules (RRULE), which every iCalendar reader parses alike.

icalendar's `add_missing_timezones` lists each past transition as a comma-separated
RDATE; vobject misreads those lists and shifts winter times by an hour. A zone
whose changes follow a fixed yearly rule (Europe/Chisinau: last Sunday of March
and of October) is written instead as two observances with an RRULE each, the
form RFC 5545 shows in its own examples.
"""

import calendar as month_calendar
import datetime as dt
from zoneinfo import ZoneInfo

import icalendar

# The rule is read from this year's transitions and written as valid since RULE_SINCE;
# Moldova's current rule dates from 1997, before any record the site holds.
RULE_SINCE = 1997


def _transitions(zone: ZoneInfo, year: int) -> list[dt.datetime]:
    """The UTC instants in `year` at which the zone's offset changes, found hour by hour."""
    found = []
    moment = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
    offset = moment.astimezone(zone).utcoffset()
    while moment.year == year:
        following = moment + dt.timedelta(hours=1)
        if following.astimezone(zone).utcoffset() != offset:
            found.append(following)
            offset = following.astimezone(zone).utcoffset()
        moment = following
    return found


def _byday(day: dt.date) -> str:
    """RRULE BYDAY for the day's place in its month: "-1SU" for the last Sunday, "2SU"…"""
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[day.weekday()]
    last_day = month_calendar.monthrange(day.year, day.month)[1]
    if day.day + 7 > last_day:
        return f"-1{weekday}"
    return f"{(day.day - 1) // 7 + 1}{weekday}"


def _observance(zone: ZoneInfo, change: dt.datetime) -> icalendar.cal.Component:
    before = (change - dt.timedelta(seconds=1)).astimezone(zone)
    after = change.astimezone(zone)
    daylight = bool(after.dst())
    component = icalendar.TimezoneDaylight() if daylight else icalendar.TimezoneStandard()
    # The onset is written in the local time in force before the change (RFC 5545 3.6.5).
    onset = change.astimezone(dt.timezone(before.utcoffset())).replace(tzinfo=None)
    first_day = dt.date(RULE_SINCE, onset.month, 1)
    # The first onset is the rule's day in RULE_SINCE, found from the same BYDAY.
    byday = _byday(onset.date())
    candidates = [
        first_day + dt.timedelta(days=offset)
        for offset in range(month_calendar.monthrange(RULE_SINCE, onset.month)[1])
        if (first_day + dt.timedelta(days=offset)).weekday() == onset.weekday()
    ]
    position = int(byday[:-2])
    day = candidates[position] if position < 0 else candidates[position - 1]
    first = dt.datetime.combine(day, onset.time())
    component.add("tzname", after.tzname())
    component.add("dtstart", first)
    component.add("tzoffsetfrom", before.utcoffset())
    component.add("tzoffsetto", after.utcoffset())
    component.add("rrule", {"freq": "yearly", "bymonth": onset.month, "byday": byday})
    return component


def vtimezone(name: str, year: int | None = None) -> icalendar.Timezone:
    """The zone `name` as a VTIMEZONE; a zone without daylight time gets one STANDARD part."""
    zone = ZoneInfo(name)
    year = year or dt.date.today().year
    timezone = icalendar.Timezone()
    timezone.add("tzid", name)
    changes = _transitions(zone, year)
    if not changes:
        standard = icalendar.TimezoneStandard()
        moment = dt.datetime(year, 1, 1, tzinfo=dt.UTC).astimezone(zone)
        standard.add("tzname", moment.tzname())
        standard.add("dtstart", dt.datetime(RULE_SINCE, 1, 1))
        standard.add("tzoffsetfrom", moment.utcoffset())
        standard.add("tzoffsetto", moment.utcoffset())
        timezone.add_component(standard)
    for change in changes:
        timezone.add_component(_observance(zone, change))
    return timezone
