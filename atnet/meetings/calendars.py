"""iCalendar (RFC 5545) for meetings: the public feed, personal feeds and email attachments.

Times are written in Europe/Chisinau with a TZID and the zone's VTIMEZONE
(written with yearly rules, see atnet.core.ical_zone), so a 10:00 meeting stays
10:00 in every client on either side of a daylight-saving change.
"""

from collections.abc import Iterable
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

from atnet.core.ical_zone import vtimezone

from .models import Meeting, MeetingStatus

STATUS = {
    MeetingStatus.PLANNED: "TENTATIVE",
    MeetingStatus.POSTPONED: "TENTATIVE",
    MeetingStatus.CONFIRMED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}


def meeting_uid(meeting: Meeting) -> str:
    return f"meeting-{meeting.pk}@atnet.md"


def meeting_vevent(
    meeting: Meeting, *, url: str = "", description: str = "", online: bool = False
) -> icalendar.Event:
    zone = ZoneInfo(settings.TIME_ZONE)
    event = icalendar.Event()
    event.add("uid", meeting_uid(meeting))
    event.add("sequence", meeting.sequence)
    event.add("summary", meeting.title)
    event.add("dtstart", meeting.starts_at.astimezone(zone))
    event.add("dtend", meeting.ends_at.astimezone(zone))
    event.add("dtstamp", meeting.updated_at or timezone.now())
    event.add("status", STATUS[meeting.status])
    if meeting.location:
        event.add("location", meeting.location)
    if url:
        event.add("url", url)
    if online and meeting.online_url:  # personal calendars of registered members only
        event.add("conference", meeting.online_url, parameters={"VALUE": "URI"})
        description = "\n\n".join(filter(None, [description, meeting.online_url]))
    if description:
        event.add("description", description)
    return event


def calendar_build(
    meetings: Iterable[Meeting], *, name: str, urls=None, method: str = "", online: bool = False
) -> bytes:
    """`online`: include the video-conference links (a registered member's own calendar)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//atnet.md//meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    if method:
        calendar.add("method", method)
    calendar.add_component(vtimezone(settings.TIME_ZONE))
    for meeting in meetings:
        url = urls(meeting) if urls else ""
        calendar.add_component(meeting_vevent(meeting, url=url, online=online))
    return calendar.to_ical()


def calendar_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
