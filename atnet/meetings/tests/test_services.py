import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.utils import timezone

from atnet.core.models import AuditLogEntry
from atnet.meetings import selectors
from atnet.meetings.calendars import calendar_build
from atnet.meetings.models import ActionStatus, Invitation, MeetingStatus, Registration, Response
from atnet.meetings.rsvp import InvalidLink, rsvp_invitation, rsvp_token
from atnet.meetings.services.meetings import meeting_update
from atnet.meetings.services.participation import (
    attendance_mark,
    invitations_create,
    people_matching,
    registration_answer,
)
from atnet.meetings.services.records import action_item_status_set
from atnet.network.models import OrganisationType

from .factories import (
    ActionItemFactory,
    MeetingFactory,
    OrganisationFactory,
    PersonFactory,
    coordinator_user,
)

pytestmark = pytest.mark.django_db
CHISINAU = ZoneInfo("Europe/Chisinau")


def test_invitations_are_emailed_in_each_persons_language_with_an_ics_file():
    meeting = MeetingFactory()
    ro = PersonFactory(preferred_language="ro")
    ru = PersonFactory(preferred_language="ru")
    invitations_create(actor=coordinator_user(), meeting=meeting, people=[ro, ru])
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert by_recipient[ro.email].subject.startswith("Invitație")
    assert by_recipient[ru.email].subject.startswith("Приглашение")
    name, content, mimetype = by_recipient[ru.email].attachments[0]
    assert (name, mimetype) == ("meeting.ics", "text/calendar")
    assert icalendar.Calendar.from_ical(content).walk("VEVENT")


def test_inviting_twice_sends_one_invitation_per_person():
    meeting, person = MeetingFactory(), PersonFactory()
    invitations_create(actor=None, meeting=meeting, people=[person])
    invitations_create(actor=None, meeting=meeting, people=[person])
    assert Invitation.objects.filter(meeting=meeting).count() == 1
    assert len(mail.outbox) == 1


def test_people_are_chosen_by_organisation_type_and_domain():
    police = PersonFactory(
        organisation=OrganisationFactory(type=OrganisationType.POLICE, domains=["migration_policy"])
    )
    PersonFactory(
        organisation=OrganisationFactory(type=OrganisationType.NGO, domains=["migration_policy"])
    )
    PersonFactory(organisation=OrganisationFactory(type=OrganisationType.POLICE, domains=[]))
    found = people_matching(organisation_types=["police"], domains=["migration_policy"])
    assert list(found) == [police]


def test_a_tampered_rsvp_link_is_refused():
    invitation = Invitation.objects.create(meeting=MeetingFactory(), person=PersonFactory())
    other = Invitation.objects.create(meeting=invitation.meeting, person=PersonFactory())
    token = rsvp_token(invitation)
    assert rsvp_invitation(token) == invitation
    with pytest.raises(InvalidLink):
        rsvp_invitation(token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    forged = signing.dumps({"i": other.pk, "p": invitation.person_id}, salt="wrong-salt")
    with pytest.raises(InvalidLink):
        rsvp_invitation(forged)


def test_a_validly_signed_pair_that_does_not_match_is_refused():
    invitation = Invitation.objects.create(meeting=MeetingFactory(), person=PersonFactory())
    other = Invitation.objects.create(meeting=invitation.meeting, person=PersonFactory())
    mixed = signing.dumps({"i": other.pk, "p": invitation.person_id}, salt="atnet.meetings.rsvp")
    with pytest.raises(InvalidLink):
        rsvp_invitation(mixed)


def test_answering_twice_updates_the_one_registration():
    meeting, person = MeetingFactory(), PersonFactory()
    registration_answer(meeting=meeting, person=person, response=Response.ATTENDING)
    registration_answer(meeting=meeting, person=person, response=Response.ATTENDING)
    registration_answer(meeting=meeting, person=person, response=Response.NOT_ATTENDING)
    assert (
        Registration.objects.get(meeting=meeting, person=person).response == Response.NOT_ATTENDING
    )
    assert Registration.objects.filter(meeting=meeting).count() == 1


def test_a_substitute_must_come_from_the_same_organisation():
    meeting, person = MeetingFactory(), PersonFactory()
    colleague = PersonFactory(organisation=person.organisation)
    registration = registration_answer(
        meeting=meeting, person=person, response=Response.ATTENDING, substitute=colleague
    )
    assert registration.attendee == colleague
    with pytest.raises(ValidationError):
        registration_answer(
            meeting=meeting, person=person, response=Response.ATTENDING, substitute=PersonFactory()
        )


def test_a_full_meeting_puts_people_on_the_waiting_list_and_promotes_them_when_a_place_frees():
    meeting = MeetingFactory(capacity=1)
    first, second = PersonFactory(), PersonFactory()
    registration_answer(meeting=meeting, person=first, response=Response.ATTENDING)
    waiting = registration_answer(meeting=meeting, person=second, response=Response.ATTENDING)
    assert waiting.waitlisted
    registration_answer(meeting=meeting, person=first, response=Response.NOT_ATTENDING)
    waiting.refresh_from_db()
    assert not waiting.waitlisted


def test_a_cancelled_meeting_refuses_answers():
    meeting = MeetingFactory(status=MeetingStatus.CANCELLED, status_reason="Motiv")
    with pytest.raises(ValidationError):
        registration_answer(meeting=meeting, person=PersonFactory(), response=Response.ATTENDING)


def test_a_changed_meeting_notifies_the_registered_and_bumps_the_sequence():
    meeting, person = MeetingFactory(), PersonFactory(preferred_language="en")
    registration_answer(meeting=meeting, person=person, response=Response.ATTENDING)
    meeting_update(actor=None, meeting=meeting, data={"venue": "Sala mică"})
    assert meeting.sequence == 1
    assert mail.outbox[-1].subject.startswith("Changed")
    meeting_update(
        actor=None,
        meeting=meeting,
        data={"status": MeetingStatus.CANCELLED, "status_reason": "Snow"},
    )
    assert mail.outbox[-1].subject.startswith("Cancelled")
    assert AuditLogEntry.objects.filter(action="meetings.meeting.update").count() == 2


def test_cancelling_without_a_reason_is_refused():
    with pytest.raises(ValidationError):
        meeting_update(
            actor=None, meeting=MeetingFactory(), data={"status": MeetingStatus.CANCELLED}
        )


def test_open_action_items_carry_to_the_next_meeting_of_the_same_series():
    first = MeetingFactory()
    second = MeetingFactory(
        series=first.series,
        starts_at=first.starts_at + dt.timedelta(days=30),
        ends_at=first.ends_at + dt.timedelta(days=30),
    )
    open_item = ActionItemFactory(meeting=first)
    done_item = ActionItemFactory(meeting=first)
    action_item_status_set(actor=None, item=done_item, status=ActionStatus.DONE)
    ActionItemFactory(meeting=MeetingFactory(series__slug="other"))  # another series
    assert list(selectors.carried_action_items(second)) == [open_item]
    assert list(selectors.carried_action_items(first)) == []


def test_attendance_is_one_line_per_person_and_keeps_the_day_details():
    meeting, person = MeetingFactory(), PersonFactory(gender="male", position="Inspector")
    attendance_mark(actor=None, meeting=meeting, person=person, status="absent")
    attendance = attendance_mark(actor=None, meeting=meeting, person=person, status="present")
    assert meeting.attendances.count() == 1
    assert (attendance.gender, attendance.position, attendance.status) == (
        "male",
        "Inspector",
        "present",
    )


@pytest.mark.parametrize(
    "day", [dt.date(2025, 3, 27), dt.date(2025, 4, 3), dt.date(2025, 10, 23), dt.date(2025, 10, 30)]
)
def test_a_ten_oclock_meeting_is_ten_local_in_the_ics_on_either_side_of_a_dst_change(day):
    # Moldova moves its clocks on the last Sundays of March (30.03.2025) and October (26.10.2025).
    starts = dt.datetime.combine(day, dt.time(10), tzinfo=CHISINAU)
    meeting = MeetingFactory(starts_at=starts, ends_at=starts + dt.timedelta(hours=3))
    calendar = icalendar.Calendar.from_ical(calendar_build([meeting], name="test"))
    event = calendar.walk("VEVENT")[0]
    assert event["DTSTART"].params["TZID"] == "Europe/Chisinau"
    assert event.decoded("DTSTART").replace(tzinfo=None) == dt.datetime.combine(day, dt.time(10))
    assert event.decoded("DTSTART").utcoffset() == starts.utcoffset()
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Chisinau"
    assert b"TZID=Europe/Chisinau:" in calendar.to_ical()


def test_reminders_go_once_a_week_before_and_once_a_day_before():
    from atnet.meetings.tasks import reminders_send

    soon = timezone.now() + dt.timedelta(days=5)
    meeting = MeetingFactory(starts_at=soon, ends_at=soon + dt.timedelta(hours=3))
    person = PersonFactory(preferred_language="en")
    registration_answer(meeting=meeting, person=person, response=Response.ATTENDING)
    reminders_send.call()
    reminders_send.call()
    assert [m.subject.split(":")[0] for m in mail.outbox] == ["Reminder"]
    meeting_update(
        actor=None,
        meeting=meeting,
        data={
            "starts_at": timezone.now() + dt.timedelta(hours=20),
            "ends_at": timezone.now() + dt.timedelta(hours=23),
        },
    )
    reminders_send.call()
    assert [m.subject.split(":")[0] for m in mail.outbox] == ["Reminder", "Changed", "Reminder"]


def test_the_service_refuses_chairs_that_are_not_people_of_the_network():
    from atnet.meetings.services.meetings import meeting_update

    meeting = MeetingFactory()
    with pytest.raises(ValidationError):
        meeting_update(actor=None, meeting=meeting, data={"chairs": [coordinator_user()]})
    assert not meeting.chairs.exists()
