import datetime as dt
import re
from pathlib import Path

import icalendar
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from atnet.meetings.models import Invitation, Minutes, Registration, Response
from atnet.meetings.rsvp import rsvp_token
from atnet.meetings.services.meetings import agenda_item_add
from atnet.meetings.services.participation import invitations_create, registration_answer
from atnet.meetings.services.records import attachment_add

from .factories import MeetingFactory, PersonFactory, coordinator_user, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def held(settings, tmp_path):
    """A meeting of one organisation, with minutes and a private attachment."""
    meeting = MeetingFactory(
        starts_at=timezone.now() - dt.timedelta(days=3),
        ends_at=timezone.now() - dt.timedelta(days=3, hours=-3),
    )
    insider = PersonFactory()
    Invitation.objects.create(meeting=meeting, person=insider)
    Minutes.objects.create(meeting=meeting, body="Confidențial: discuția despre cazul X.")
    attachment = attachment_add(
        actor=None,
        meeting=meeting,
        title="Lista",
        file=SimpleUploadedFile("lista.pdf", b"%PDF-1.4 secret"),
    )
    return {"meeting": meeting, "insider": member(insider), "attachment": attachment}


def test_anonymous_visitors_are_sent_to_sign_in(client, held):
    response = client.get(f"/ro/workspace/meetings/{held['meeting'].pk}/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_members_of_a_participating_organisation_read_the_minutes_and_attachments(client, held):
    client.force_login(held["insider"])
    page = client.get(f"/ro/workspace/meetings/{held['meeting'].pk}/")
    assert "Confidențial" in page.content.decode()
    download = client.get(
        f"/ro/workspace/meetings/{held['meeting'].pk}/files/{held['attachment'].pk}/"
    )
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 secret"


def test_members_of_other_organisations_cannot_read_internal_minutes_or_attachments(client, held):
    client.force_login(member(PersonFactory()))
    page = client.get(f"/ro/workspace/meetings/{held['meeting'].pk}/")
    assert page.status_code == 200  # the agenda is shared with the whole network
    assert "Confidențial" not in page.content.decode()
    download = client.get(
        f"/ro/workspace/meetings/{held['meeting'].pk}/files/{held['attachment'].pk}/"
    )
    assert download.status_code == 404


def test_attachments_live_outside_the_web_root_under_random_names(held, settings):
    path = Path(held["attachment"].file.path)
    assert Path(settings.MEDIA_ROOT) not in path.parents
    assert Path(settings.ATNET_PRIVATE_ROOT) in path.parents
    assert re.fullmatch(r"meetings/[0-9a-f]{32}\.pdf", held["attachment"].file.name)
    with pytest.raises(ValueError):
        _ = held["attachment"].file.url


def test_members_cannot_open_coordinator_pages(client, held):
    client.force_login(held["insider"])
    for suffix in ("edit/", "attendance/", "minutes/", "invite/", "sign-in-sheet.pdf"):
        assert (
            client.get(f"/ro/workspace/meetings/{held['meeting'].pk}/{suffix}").status_code == 404
        )


def test_a_tampered_rsvp_link_is_refused_with_a_clear_message(client):
    invitation = Invitation.objects.create(meeting=MeetingFactory(), person=PersonFactory())
    token = rsvp_token(invitation)
    response = client.get(f"/en/meetings/answer/{token[:-3]}xyz/")
    assert response.status_code == 400
    assert "altered" in response.content.decode()
    post = client.post(f"/en/meetings/answer/{token[:-3]}xyz/", {"response": "attending"})
    assert post.status_code == 400
    assert not Registration.objects.exists()


def test_answering_from_the_link_twice_updates_the_answer(client):
    invitation = Invitation.objects.create(meeting=MeetingFactory(), person=PersonFactory())
    url = f"/ro/meetings/answer/{rsvp_token(invitation)}/"
    assert client.post(url, {"response": "attending"}).status_code == 200
    assert client.post(url, {"response": "attending"}).status_code == 200
    assert client.post(url, {"response": "maybe"}).status_code == 200
    registration = Registration.objects.get()
    assert (registration.person, registration.response) == (invitation.person, Response.MAYBE)


def test_the_emailed_link_opens_the_answer_form_with_the_choice_made(client):
    meeting, person = MeetingFactory(), PersonFactory()
    invitations_create(actor=None, meeting=meeting, people=[person])
    link = next(line for line in mail.outbox[0].body.splitlines() if "answer=not_attending" in line)
    path = link[link.index("/ro/") :]
    response = client.get(path)
    assert response.status_code == 200
    checked = re.search(r'<input[^>]*value="(\w+)"[^>]*checked', response.content.decode())
    assert checked.group(1) == "not_attending"


def test_a_coordinator_marks_attendance_and_gets_the_sign_in_sheet(client):
    meeting, person = MeetingFactory(), PersonFactory(full_name="Ana Ceban")
    registration_answer(meeting=meeting, person=person, response=Response.ATTENDING)
    client.force_login(coordinator_user())
    client.post(
        f"/ro/workspace/meetings/{meeting.pk}/attendance/",
        {"person": person.pk, "status": "present"},
    )
    assert meeting.attendances.get().status == "present"
    sheet = client.get(f"/ro/workspace/meetings/{meeting.pk}/sign-in-sheet.pdf")
    assert sheet["Content-Type"] == "application/pdf"
    assert sheet.content.startswith(b"%PDF")


def test_at_the_door_an_invited_person_who_never_answered_is_marked_like_the_others(client):
    meeting = MeetingFactory()
    silent = PersonFactory(full_name="Ion Rusu")
    declined = PersonFactory(full_name="Elena Lupu")
    Invitation.objects.create(meeting=meeting, person=silent)
    Invitation.objects.create(meeting=meeting, person=declined)
    registration_answer(meeting=meeting, person=declined, response=Response.NOT_ATTENDING)
    client.force_login(coordinator_user())
    door = client.get(f"/ro/workspace/meetings/{meeting.pk}/attendance/").content.decode()
    assert "Prezent: Ion Rusu" in door and "invitat(ă), fără răspuns" in door
    assert "Elena Lupu" not in door  # she said she would not come
    client.post(
        f"/ro/workspace/meetings/{meeting.pk}/attendance/",
        {"person": silent.pk, "status": "present"},
    )
    attendance = meeting.attendances.get()
    assert (attendance.person, attendance.status) == (silent, "present")
    door = client.get(f"/ro/workspace/meetings/{meeting.pk}/attendance/").content.decode()
    assert door.count(f'id="person-{silent.pk}"') == 1  # one line, not a second one as marked


def test_the_public_calendar_lists_public_meetings_only(client):
    public, private = (
        MeetingFactory(title_ro="Publică"),
        MeetingFactory(title_ro="Internă", is_public=False),
    )
    calendar = icalendar.Calendar.from_ical(client.get("/ro/meetings/calendar.ics").content)
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert summaries == ["Publică"]
    assert public and private


def test_the_personal_calendar_lists_registrations_and_its_address_can_be_revoked(client):
    person = PersonFactory()
    user = member(person)
    registration_answer(
        meeting=MeetingFactory(title_ro="A mea"), person=person, response="attending"
    )
    client.force_login(user)
    client.get("/ro/workspace/meetings/calendar/")
    feed = user.meeting_calendar
    old = f"/ro/meetings/calendar/{feed.token}.ics"
    assert b"A mea" in client.get(old).content
    client.post("/ro/workspace/meetings/calendar/")
    assert client.get(old).status_code == 404


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_listings_run_a_constant_number_of_queries(client):
    client.force_login(coordinator_user())
    urls = [
        "/ro/workspace/meetings/",
        "/ro/workspace/meetings/series/national/",
        "/ro/meetings/calendar.ics",
    ]
    meeting = MeetingFactory()
    urls.append(f"/ro/workspace/meetings/{meeting.pk}/attendance/")
    urls.append(f"/ro/workspace/meetings/{meeting.pk}/agenda/")
    urls.append(f"/ro/workspace/meetings/{meeting.pk}/edit/")  # every person is a possible chair

    def add(count):
        for _ in range(count):
            MeetingFactory(series=meeting.series)
            agenda_item_add(actor=None, meeting=meeting, title_ro="Punct")
            registration_answer(meeting=meeting, person=PersonFactory(), response="attending")

    add(5)
    for url in urls:  # warm the per-process caches (site, content types) before counting
        _queries(client, url)
    few = {url: _queries(client, url) for url in urls}
    add(45)
    many = {url: _queries(client, url) for url in urls}
    assert few == many


def _edit_data(meeting, **extra):
    local = timezone.localtime
    return {
        "title_ro": meeting.title_ro,
        "starts_at": local(meeting.starts_at).strftime("%Y-%m-%dT%H:%M"),
        "ends_at": local(meeting.ends_at).strftime("%Y-%m-%dT%H:%M"),
        "venue": meeting.venue,
        "status": meeting.status,
        "is_public": "on",
        **extra,
    }


def test_a_coordinator_sets_the_chairs_in_the_meeting_form(client):
    meeting = MeetingFactory()
    first, second = PersonFactory(full_name="Ion Rusu"), PersonFactory()
    client.force_login(coordinator_user())
    url = f"/ro/workspace/meetings/{meeting.pk}/edit/"
    form_page = client.get(url).content.decode()
    assert "Ion Rusu" in form_page
    assert 'T10:00"' in form_page  # the start is shown in Chișinău time
    response = client.post(url, _edit_data(meeting, chairs=[first.pk, second.pk]))
    assert response.status_code == 302
    assert set(meeting.chairs.all()) == {first, second}
    assert "Ion Rusu" in client.get(f"/ro/workspace/meetings/{meeting.pk}/").content.decode()
    client.post(url, _edit_data(meeting, chairs=[second.pk]))
    assert list(meeting.chairs.all()) == [second]


def test_chairs_must_be_people_of_the_network(client):
    meeting = MeetingFactory()
    client.force_login(coordinator_user())
    response = client.post(
        f"/en/workspace/meetings/{meeting.pk}/edit/", _edit_data(meeting, chairs=["999999"])
    )
    assert response.status_code == 200
    assert "chairs" in response.context["form"].errors
    assert not meeting.chairs.exists()


def test_changing_only_the_chairs_does_not_notify_the_registered(client):
    meeting, person = MeetingFactory(), PersonFactory()
    registration_answer(meeting=meeting, person=person, response="attending")
    client.force_login(coordinator_user())
    client.post(
        f"/ro/workspace/meetings/{meeting.pk}/edit/", _edit_data(meeting, chairs=[person.pk])
    )
    meeting.refresh_from_db()
    assert meeting.sequence == 0
    assert mail.outbox == []


def _agenda(meeting):
    return [item.title_ro for item in meeting.agenda_items.order_by("position", "pk")]


def test_a_coordinator_moves_agenda_items_up_and_down(client):
    meeting = MeetingFactory()
    first, second, third = (
        agenda_item_add(actor=None, meeting=meeting, title_ro=title) for title in "ABC"
    )
    client.force_login(coordinator_user())
    base = f"/ro/workspace/meetings/{meeting.pk}/agenda/"
    response = client.post(f"{base}{third.pk}/move/", {"direction": "up"})
    assert response.status_code == 302
    assert _agenda(meeting) == ["A", "C", "B"]
    client.post(f"{base}{first.pk}/move/", {"direction": "down"})
    assert _agenda(meeting) == ["C", "A", "B"]
    client.post(f"{base}{third.pk}/move/", {"direction": "up"})  # already first: no change
    assert _agenda(meeting) == ["C", "A", "B"]
    page = client.get(base).content.decode()
    at = [page.index(f'id="item-{item.pk}"') for item in (third, first, second)]
    assert at == sorted(at)


def test_only_coordinators_reorder_the_agenda_and_only_by_post(client):
    meeting = MeetingFactory()
    first = agenda_item_add(actor=None, meeting=meeting, title_ro="A")
    agenda_item_add(actor=None, meeting=meeting, title_ro="B")
    url = f"/ro/workspace/meetings/{meeting.pk}/agenda/{first.pk}/move/"
    assert "/accounts/login/" in client.post(url, {"direction": "down"})["Location"]
    client.force_login(member(PersonFactory()))
    assert client.post(url, {"direction": "down"}).status_code == 404
    client.force_login(coordinator_user())
    assert client.get(url).status_code == 405
    client.post(url, {"direction": "sideways"})
    assert _agenda(meeting) == ["A", "B"]
    other = MeetingFactory()
    wrong = f"/ro/workspace/meetings/{other.pk}/agenda/{first.pk}/move/"
    assert client.post(wrong, {"direction": "down"}).status_code == 404
