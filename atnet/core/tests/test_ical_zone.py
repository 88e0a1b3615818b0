"""Every iCalendar reader the network's members use must read the same instants."""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import icalendar
import vobject
from dateutil import tz

from atnet.core.ical_zone import vtimezone
from atnet.meetings.calendars import calendar_build
from atnet.meetings.models import Meeting

CHISINAU = ZoneInfo("Europe/Chisinau")
# Winter, summer and the hours around both changes of 2026 (29 March, 25 October).
STARTS = [
    dt.datetime(2026, 1, 15, 10, 0),
    dt.datetime(2026, 3, 28, 10, 0),
    dt.datetime(2026, 3, 29, 4, 0),
    dt.datetime(2026, 7, 1, 9, 30),
    dt.datetime(2026, 10, 24, 23, 0),
    dt.datetime(2026, 10, 25, 4, 0),
    dt.datetime(2026, 12, 10, 10, 0),
    dt.datetime(2027, 2, 1, 14, 0),
]


def _calendar() -> bytes:
    meetings = [
        Meeting(
            pk=number,
            title_ro=f"Ședința {number}",
            starts_at=start.replace(tzinfo=CHISINAU),
            ends_at=(start + dt.timedelta(hours=2)).replace(tzinfo=CHISINAU),
        )
        for number, start in enumerate(STARTS, start=1)
    ]
    return calendar_build(meetings, name="test")


def _utc_by_icalendar(content: bytes) -> list[dt.datetime]:
    events = icalendar.Calendar.from_ical(content).walk("VEVENT")
    return [event.decoded("dtstart").astimezone(dt.UTC) for event in events]


def _utc_by_vobject(content: bytes) -> list[dt.datetime]:
    calendar = vobject.readOne(content.decode())
    return [event.dtstart.value.astimezone(dt.UTC) for event in calendar.vevent_list]


def _utc_by_dateutil(content: bytes) -> list[dt.datetime]:
    """dateutil's own VTIMEZONE parser (tzical), applied to each DTSTART's local time."""
    zones = tz.tzical(io.StringIO(content.decode()))
    starts = []
    for event in icalendar.Calendar.from_ical(content).walk("VEVENT"):
        prop = event["dtstart"]
        local = dt.datetime.strptime(prop.to_ical().decode(), "%Y%m%dT%H%M%S")
        starts.append(local.replace(tzinfo=zones.get(prop.params["TZID"])).astimezone(dt.UTC))
    return starts


def test_icalendar_vobject_and_dateutil_read_the_same_utc_starts():
    content = _calendar()
    expected = [start.replace(tzinfo=CHISINAU).astimezone(dt.UTC) for start in STARTS]
    assert _utc_by_icalendar(content) == expected
    assert _utc_by_vobject(content) == expected
    assert _utc_by_dateutil(content) == expected


def test_the_zone_is_written_with_yearly_rules_not_rdate_lists():
    text = vtimezone("Europe/Chisinau", year=2026).to_ical().decode()
    assert "RDATE" not in text
    assert text.count("RRULE:FREQ=YEARLY;BYDAY=-1SU") == 2
    assert "DTSTART:19970330T020000" in text and "DTSTART:19971026T030000" in text
