"""A meeting's video-conference link: registered members only, and their own calendar."""

import icalendar
import pytest

from atnet.meetings.models import CalendarFeed, Invitation
from atnet.meetings.services.participation import registration_answer

from .factories import MeetingFactory, PersonFactory, member

pytestmark = pytest.mark.django_db
LINK = "https://meet.example.org/stc-cahul"


@pytest.fixture
def meeting():
    return MeetingFactory(title_ro="STC online", online_url=LINK)


def _invited_member(meeting):
    person = PersonFactory()
    Invitation.objects.create(meeting=meeting, person=person)
    return person, member(person)


def test_only_a_member_registered_to_come_sees_the_link(client, meeting):
    person, user = _invited_member(meeting)
    client.force_login(user)
    page = f"/ro/workspace/meetings/{meeting.pk}/"
    assert LINK not in client.get(page).content.decode()
    registration_answer(meeting=meeting, person=person, response="not_attending")
    assert LINK not in client.get(page).content.decode()
    registration_answer(meeting=meeting, person=person, response="attending")
    assert LINK in client.get(page).content.decode()


def test_the_link_is_in_her_personal_calendar_and_never_in_the_public_one(client, meeting):
    person, user = _invited_member(meeting)
    registration_answer(meeting=meeting, person=person, response="attending")
    feed = CalendarFeed.objects.create(user=user)
    personal = client.get(f"/ro/meetings/calendar/{feed.token}.ics").content
    (event,) = icalendar.Calendar.from_ical(personal).walk("VEVENT")
    assert str(event["CONFERENCE"]) == LINK
    assert LINK in str(event["DESCRIPTION"])
    assert LINK.encode() not in client.get("/ro/meetings/calendar.ics").content
