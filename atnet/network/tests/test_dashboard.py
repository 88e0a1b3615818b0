"""The workspace home: what needs a focal point and a coordinator now."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from atnet.accounts.models import Invitation as AccountInvitation
from atnet.accounts.services import invitation_accept
from atnet.meetings.models import Invitation, Minutes, Registration
from atnet.meetings.tests.factories import (
    ActionItemFactory,
    MeetingFactory,
    OrganisationFactory,
    PersonFactory,
    coordinator_user,
    member,
)
from atnet.network.models import Person, Role
from atnet.trainings.models import Certificate
from atnet.trainings.tests.factories import EnrolmentFactory, ParticipantFactory

HOME = "/en/workspace/"
pytestmark = pytest.mark.django_db


@pytest.fixture
def focal():
    """A focal point with her person record, a colleague, and two coming meetings."""
    organisation = OrganisationFactory(last_verified=timezone.localdate() - dt.timedelta(days=300))
    person = PersonFactory(organisation=organisation, full_name="Ana Focal")
    user = member(person, role=Role.FOCAL_POINT)
    colleague = PersonFactory(organisation=organisation, full_name="Colega Ion")
    invited = MeetingFactory(title_en="Invited meeting", starts_at=_soon(10))
    Invitation.objects.create(meeting=invited, person=colleague)  # her organisation is invited
    other = MeetingFactory(title_en="Other meeting", starts_at=_soon(12))
    Invitation.objects.create(meeting=other, person=PersonFactory(full_name="Elsewhere"))
    return {"user": user, "person": person, "colleague": colleague, "invited": invited,
            "other": other, "organisation": organisation}  # fmt: skip


def _soon(days: int):
    return timezone.now() + dt.timedelta(days=days)


def test_a_focal_point_sees_only_the_meetings_her_organisation_is_invited_to(client, focal):
    client.force_login(focal["user"])
    html = client.get(HOME).content.decode()
    assert "Invited meeting" in html
    assert "Other meeting" not in html
    # The profile was verified 300 days ago: she is asked to check it.
    assert "Not checked for six months" in html


def test_one_click_answers_for_herself_and_comes_back_to_the_home(client, focal):
    client.force_login(focal["user"])
    url = f"/en/workspace/meetings/{focal['invited'].pk}/register/{focal['person'].pk}/"
    response = client.post(url, {"response": "attending", "next": HOME})
    assert response.status_code == 302 and response["Location"] == HOME
    answer = Registration.objects.get(meeting=focal["invited"], person=focal["person"])
    assert answer.response == "attending"
    assert "<strong>Attending</strong>" in client.get(HOME).content.decode()


def test_she_names_a_colleague_as_substitute(client, focal):
    client.force_login(focal["user"])
    url = f"/en/workspace/meetings/{focal['invited'].pk}/register/{focal['person'].pk}/"
    assert "Colega Ion" in client.get(url).content.decode()
    client.post(url, {"response": "not_attending", "substitute": focal["colleague"].pk})
    answer = Registration.objects.get(meeting=focal["invited"], person=focal["person"])
    assert answer.substitute == focal["colleague"]


def test_no_answer_is_offered_or_taken_for_a_meeting_her_organisation_is_not_invited_to(
    client, focal
):
    client.force_login(focal["user"])
    other = focal["other"]
    assert "/register/" not in client.get(f"/en/workspace/meetings/{other.pk}/").content.decode()
    url = f"/en/workspace/meetings/{other.pk}/register/{focal['person'].pk}/"
    assert client.post(url, {"response": "attending"}).status_code == 404
    assert not Registration.objects.filter(meeting=other).exists()


def test_an_off_site_next_address_is_ignored(client, focal):
    client.force_login(focal["user"])
    url = f"/en/workspace/meetings/{focal['invited'].pk}/register/{focal['person'].pk}/"
    response = client.post(url, {"response": "attending", "next": "https://evil.example/"})
    assert response["Location"] == f"/en/workspace/meetings/{focal['invited'].pk}/"


def test_overdue_items_come_first_and_certificates_are_offered(client, focal):
    organisation = focal["organisation"]
    ActionItemFactory(owner=organisation, text="Later", due_date=_date(30))
    ActionItemFactory(owner=organisation, text="Late", due_date=_date(-3))
    enrolment = EnrolmentFactory(participant=ParticipantFactory(organisation=organisation))
    certificate = Certificate.objects.create(enrolment=enrolment, issued_on=_date(-1))
    client.force_login(focal["user"])
    html = client.get(HOME).content.decode()
    assert html.index("Late") < html.index("Later")
    assert f"/en/workspace/trainings/certificates/{certificate.pk}.pdf" in html


def _date(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


def _more(organisation, count: int) -> None:
    for number in range(count):
        meeting = MeetingFactory(starts_at=_soon(20 + number))
        Invitation.objects.create(meeting=meeting, person=PersonFactory(organisation=organisation))
        ActionItemFactory(owner=organisation, due_date=_date(number - 2))
        enrolment = EnrolmentFactory(
            participant=ParticipantFactory(organisation=organisation),
            session__start_date=_date(5),
            session__end_date=_date(6),
        )
        Certificate.objects.create(enrolment=enrolment, issued_on=_date(-1))
        held = MeetingFactory(starts_at=_soon(-40 - number))
        if number % 2:
            Minutes.objects.create(meeting=held, body="...")


@pytest.mark.parametrize("who", ["focal", "coordinator"])
def test_the_home_runs_a_constant_number_of_queries(client, focal, who):
    user = focal["user"] if who == "focal" else coordinator_user()
    client.force_login(user)
    _more(focal["organisation"], 1)
    client.get(HOME)  # warm the caches (site, locale)
    with CaptureQueriesContext(connection) as few:
        assert client.get(HOME).status_code == 200
    _more(focal["organisation"], 6)
    with CaptureQueriesContext(connection) as many:
        assert client.get(HOME).status_code == 200
    assert len(many) == len(few), f"{len(few)} queries, then {len(many)}"
    assert len(few) <= 30


def test_a_coordinator_sees_the_work_waiting(client, focal):
    held = MeetingFactory(title_en="Held meeting", starts_at=_soon(-5))
    client.force_login(coordinator_user())
    html = client.get(HOME).content.decode()
    section = html[html.index('id="dash-programme"') :]
    assert f"/en/workspace/meetings/{held.pk}/attendance/" in section
    assert f"/en/workspace/meetings/{held.pk}/minutes/" in section
    assert f"/en/workspace/meetings/{focal['invited'].pk}/edit/" in section  # planned, no agenda
    assert "/en/workspace/reports/" in section


def test_accepting_an_invitation_gives_her_a_person_record(focal):
    invitation = AccountInvitation.objects.create(
        email="new.member@example.org",
        organisation=focal["organisation"],
        role=Role.MEMBER,
        expires_at=timezone.now() + dt.timedelta(days=7),
    )
    user = invitation_accept(
        invitation=invitation, first_name="Nina", last_name="Nou", password="x-Very-long-pass-42"
    )
    person = Person.objects.get(user=user)
    assert person.organisation == focal["organisation"] and person.full_name == "Nina Nou"
