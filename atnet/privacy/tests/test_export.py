import json

import pytest
from django.core.management import call_command

from atnet.core.models import AuditLogEntry
from atnet.privacy.export import subject_export
from atnet.privacy.subject import find_subject

from .conftest import EMAIL, NAME, NAME_PLAIN, coordinator, organisation

EVERY_SOURCE = {
    "auth.User", "wagtailusers.UserProfile", "network.Person", "network.Membership",
    "accounts.Invitation", "accounts.SessionRecord", "meetings.Invitation",
    "meetings.Registration", "meetings.Attendance", "meetings.CalendarFeed",
    "trainings.Participant", "trainings.Enrolment", "trainings.Attendance",
    "trainings.Evaluation", "trainings.Certificate", "trainings.Trainer",
    "support.ConferenceParticipation", "otp_totp.TOTPDevice", "otp_static.StaticDevice",
    "core.AuditLogEntry",
}  # fmt: skip


def _sections(export) -> dict:
    return {section.label: section for section in export.sections}


def test_the_subject_is_found_from_the_email_in_every_app(world):
    subject = find_subject(email=EMAIL.title())
    assert subject.user_ids == {world.user.pk}
    assert subject.person_ids == {world.person.pk}
    assert subject.participant_ids == {world.participant.pk}
    assert world.bystander.pk not in subject.person_ids


def test_the_export_holds_every_source(world):
    sections = _sections(subject_export(find_subject(email=EMAIL)))
    assert set(sections) == EVERY_SOURCE
    attendance = sections["meetings.Attendance"]
    assert len(attendance.rows) == 2, "the walk-in typed surname first is found too"
    assert sections["support.ConferenceParticipation"].rows[0]["full_name"] == NAME_PLAIN
    assert len(sections["meetings.Registration"].rows) == 1, "not the bystander's"


def test_the_export_never_holds_a_secret(world):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    document = subject_export(find_subject(email=EMAIL)).as_json()
    world.user.refresh_from_db()
    secrets = [
        world.user.password,
        TOTPDevice.objects.get(user=world.user).key,
        world.user.meeting_calendar.token,
        "k" * 32,  # the session key
        "abcd1234",  # the recovery code
    ]
    assert [secret for secret in secrets if secret in document] == []


def test_other_peoples_records_are_shown_by_number(world):
    registration = _sections(subject_export(find_subject(email=EMAIL)))["meetings.Registration"]
    assert registration.rows[0]["person"] == {"id": world.person.pk}


def test_a_coordinator_finds_the_person_and_downloads_json(client, world):
    client.force_login(coordinator())
    page = client.post("/en/workspace/privacy/", {"email": EMAIL})
    assert page.status_code == 200
    assert NAME.encode() in page.content and b"Download as JSON" in page.content

    download = client.post("/en/workspace/privacy/export.json", {"email": EMAIL})
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    document = json.loads(download.content)
    assert {section["model"] for section in document["sections"]} >= {"network.Person"}
    assert AuditLogEntry.objects.filter(action="privacy.subject_export").count() == 2


def test_the_printable_page_is_in_the_coordinators_language(client, world):
    client.force_login(coordinator())
    page = client.post("/ru/workspace/privacy/export.html", {"email": EMAIL})
    assert page.status_code == 200
    assert 'lang="ru"' in page.content.decode()
    assert "Персональные данные" in page.content.decode()


def test_an_unknown_or_malformed_address_is_a_clear_400(client, world):
    client.force_login(coordinator())
    response = client.post("/en/workspace/privacy/", {"email": "nobody@example.org"})
    assert response.status_code == 400 and b"Nothing is held" in response.content
    response = client.post("/en/workspace/privacy/export.json", {"email": "not an email"})
    assert response.status_code == 400
    assert client.post("/en/workspace/privacy/export.xml", {"email": EMAIL}).status_code == 404


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_only_coordinators_see_personal_data(client, world, who):
    if who == "member":
        client.force_login(world.user)
    response = client.post("/en/workspace/privacy/", {"email": EMAIL})
    assert response.status_code == (302 if who == "anonymous" else 404)
    assert NAME.encode() not in response.content


def test_the_command_writes_the_json(world, tmp_path):
    target = tmp_path / "export.json"
    call_command("personal_data_export", EMAIL, "--output", str(target))
    document = json.loads(target.read_text())
    assert document["subject"]["emails"] == [EMAIL]
    call_command("personal_data_export", "--person", str(world.person.pk), "--format", "html",
                 "--output", str(target))  # fmt: skip
    assert NAME in target.read_text()


def test_someone_only_invited_is_found_and_erased(db):
    from atnet.accounts.models import Invitation
    from atnet.privacy.erasure import subject_erase
    from atnet.privacy.export import holds_anything

    Invitation.objects.create(email="only.invited@example.org", organisation=organisation())
    subject = find_subject(email="Only.Invited@example.org")
    assert holds_anything(subject)
    assert not holds_anything(find_subject(email="never.seen@example.org"))
    subject_erase(subject=subject)
    assert not Invitation.objects.exists()


def test_a_trainer_known_by_email_is_found_at_conferences_by_name(db):
    from atnet.support.models import ConferenceParticipation
    from atnet.trainings.models import Trainer

    from .conftest import _support

    org = organisation()
    Trainer.objects.create(full_name=NAME_PLAIN, organisation=org, email="trainer@example.org")
    participation = _support(org)
    sections = _sections(subject_export(find_subject(email="trainer@example.org")))
    rows = sections["support.ConferenceParticipation"].rows
    assert [row["id"] for row in rows] == [participation.pk]
    assert ConferenceParticipation.objects.count() == 1
