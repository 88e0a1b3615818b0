"""Internal minutes by invitation: an answer opens nothing; only invited or present organisations
read the minutes, and only invited organisations (or anyone, for open meetings) answer."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from atnet.meetings.models import Attendance, Invitation, Minutes, Registration, Response
from atnet.meetings.services.records import attachment_add
from atnet.network.models import Role

from .factories import MeetingFactory, PersonFactory, member

pytestmark = pytest.mark.django_db

SECRET = "Confidențial: cazul X."


@pytest.fixture
def coming():
    """A meeting next week, with minutes already started and an attachment."""
    meeting = MeetingFactory(
        starts_at=timezone.now() + dt.timedelta(days=7),
        ends_at=timezone.now() + dt.timedelta(days=7, hours=3),
    )
    Minutes.objects.create(meeting=meeting, body=SECRET)
    attachment = attachment_add(
        actor=None,
        meeting=meeting,
        title="Anexa",
        file=SimpleUploadedFile("anexa.pdf", b"%PDF-1.4 secret"),
    )
    return meeting, attachment


def _focal_point():
    person = PersonFactory()
    return person, member(person, role=Role.FOCAL_POINT)


def _reads(client, meeting, attachment) -> bool:
    page = client.get(f"/ro/workspace/meetings/{meeting.pk}/").content.decode()
    download = client.get(f"/ro/workspace/meetings/{meeting.pk}/files/{attachment.pk}/")
    assert (SECRET in page) == (download.status_code == 200)
    return SECRET in page


def _answer(client, meeting, person, response):
    return client.post(
        f"/ro/workspace/meetings/{meeting.pk}/register/{person.pk}/", {"response": response}
    )


def test_a_focal_point_of_an_organisation_not_invited_cannot_answer(client, coming):
    meeting, attachment = coming
    person, user = _focal_point()
    client.force_login(user)
    assert (
        client.get(f"/ro/workspace/meetings/{meeting.pk}/register/{person.pk}/").status_code == 404
    )
    assert _answer(client, meeting, person, Response.NOT_ATTENDING).status_code == 404
    assert not Registration.objects.filter(meeting=meeting).exists()
    assert not _reads(client, meeting, attachment)


@pytest.mark.parametrize("response", [Response.ATTENDING, Response.NOT_ATTENDING, Response.MAYBE])
def test_answering_an_open_meeting_opens_no_minutes(client, coming, response):
    meeting, attachment = coming
    meeting.open_to_members = True
    meeting.save()
    person, user = _focal_point()
    client.force_login(user)
    assert _answer(client, meeting, person, response).status_code == 302
    assert Registration.objects.get(meeting=meeting, person=person).response == response
    assert not _reads(client, meeting, attachment)


@pytest.mark.parametrize("response", [Response.ATTENDING, Response.NOT_ATTENDING])
def test_an_invited_organisation_reads_the_minutes_whatever_it_answers(client, coming, response):
    meeting, attachment = coming
    person, user = _focal_point()
    colleague = member(PersonFactory(organisation=person.organisation))
    Invitation.objects.create(meeting=meeting, person=person)
    client.force_login(user)
    assert _answer(client, meeting, person, response).status_code == 302
    assert _reads(client, meeting, attachment)
    client.force_login(colleague)
    assert _reads(client, meeting, attachment)


def test_an_organisation_present_at_the_meeting_reads_the_minutes(client, coming):
    meeting, attachment = coming
    person, user = _focal_point()
    client.force_login(user)
    assert not _reads(client, meeting, attachment)
    Attendance.objects.create(
        meeting=meeting, person=person, full_name=person.full_name, organisation=person.organisation
    )
    assert _reads(client, meeting, attachment)
