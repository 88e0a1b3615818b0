import json
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from atnet.core.private_files import private_storage
from atnet.core.text import fold
from atnet.network.models import Person
from atnet.privacy.erasure import subject_erase
from atnet.privacy.subject import find_subject
from atnet.reports.figures import Period, dashboard
from atnet.trainings.models import Participant

from .conftest import EMAIL, NAME, PHONE, YEAR, coordinator

# Each distinctive word on its own too: a log may have kept only the surname.
NEEDLES = [EMAIL, NAME, "Quixbrook", "Ștefănescu", "zamfira.quixbrook"]


def _forms(needle: str) -> set[str]:
    escaped = json.dumps(needle)[1:-1]  # JSON columns may hold \u0218 instead of Ș
    return {needle.lower(), fold(needle), escaped.lower(), fold(escaped)}


def _database_text() -> str:
    if connection.vendor == "sqlite":
        return "\n".join(connection.connection.iterdump())
    if connection.vendor == "postgresql":
        return _pg_dump() or _select_everything()
    return _select_everything()


def _pg_dump() -> str:
    db = connection.settings_dict
    command = [
        "pg_dump",
        "--data-only",
        "-h",
        db["HOST"] or "127.0.0.1",
        "-p",
        str(db["PORT"] or 5432),
    ]
    command += ["-U", db["USER"] or "postgres", db["NAME"]]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)  # noqa: S603
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


def _select_everything() -> str:
    parts = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            parts.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(parts)


def _leaks(text: str) -> list[str]:
    haystacks = (text.lower(), fold(text))
    return [
        needle
        for needle in NEEDLES
        for form in _forms(needle)
        if any(form in haystack for haystack in haystacks)
    ]


def _stored_files() -> list[Path]:
    roots = [Path(settings.MEDIA_ROOT), Path(private_storage().location)]
    return [path for root in roots if root.exists() for path in root.rglob("*") if path.is_file()]


def _figures():
    return [
        (figure.slug, [(row.key, row.values) for row in figure.rows],
         figure.total.values if figure.total else None)
        for figure in dashboard(Period.year(YEAR))
    ]  # fmt: skip


@pytest.mark.django_db(transaction=True)
def test_after_erasure_the_database_and_the_files_hold_neither_name_nor_email(world):
    avatar = Path(world.user.wagtail_userprofile.avatar.path)
    assert avatar.exists()
    assert _leaks(_database_text()), "the test data must be found before erasure"

    result = subject_erase(subject=find_subject(email=EMAIL))

    assert result.files_deleted == 1 and not avatar.exists()
    assert _leaks(_database_text()) == []
    for path in _stored_files():
        assert _leaks(path.name) == [] and _leaks(path.read_bytes().decode("latin-1")) == []


def test_erasure_keeps_every_report_figure(world):
    before = _figures()
    assert any(row for _slug, rows, _total in before for row in rows), "figures must count the data"
    subject_erase(subject=find_subject(email=EMAIL))
    assert _figures() == before


def test_erasure_anonymises_people_and_keeps_what_the_figures_need(world):
    subject_erase(subject=find_subject(email=EMAIL))
    person = Person.objects.get(pk=world.person.pk)
    assert person.full_name == f"Erased person #{person.pk}"
    assert (person.email, person.phone, person.position, person.user_id) == ("", "", "", None)
    assert (person.gender, person.organisation_id) == ("female", world.org.pk)
    participant = Participant.objects.get(pk=world.participant.pk)
    assert (participant.email, participant.phone, participant.gender) == ("", "", "female")
    assert participant.unit_id and participant.profession == "police"


def test_erasure_closes_the_account(world):
    subject_erase(subject=find_subject(email=EMAIL))
    world.user.refresh_from_db()
    assert not world.user.is_active and not world.user.has_usable_password()
    assert world.user.email == "" and world.user.username == f"erased-{world.user.pk}"
    assert not world.user.groups.exists()
    assert not world.user.session_records.exists()


def test_erasure_leaves_other_people_alone(world):
    subject_erase(subject=find_subject(email=EMAIL))
    bystander = Person.objects.get(pk=world.bystander.pk)
    assert (bystander.full_name, bystander.email) == ("Ion Bystander", "ion.bystander@example.org")


def test_a_namesake_elsewhere_is_neither_exported_nor_erased(world):
    from atnet.meetings.models import Attendance
    from atnet.trainings.models import Trainer

    from .conftest import meeting

    # Same name, no organisation of the subject's: a walk-in from an unlisted
    # institution, and an external trainer with an address of their own.
    walk_in = Attendance.objects.create(
        meeting=meeting(), full_name=NAME, organisation_name="Another institution",
        gender="male", is_walk_in=True,
    )  # fmt: skip
    trainer = Trainer.objects.create(full_name=NAME, email="the.namesake@example.org")

    subject = find_subject(email=EMAIL)
    assert "the.namesake@example.org" not in subject.emails
    subject_erase(subject=subject)

    assert Attendance.objects.get(pk=walk_in.pk).full_name == NAME
    assert Trainer.objects.get(pk=trainer.pk).email == "the.namesake@example.org"


def test_erasure_redacts_whole_names_only(world):
    from atnet.core.models import AuditLogEntry
    from atnet.core.services import log_action

    longer = f"Ana{NAME.split()[0].lower()} {NAME.split()[1]}"  # another person's longer name
    entry = log_action(actor=None, action="test.note", obj=world.bystander, data={"note": longer})
    subject_erase(subject=find_subject(email=EMAIL))

    assert AuditLogEntry.objects.get(pk=entry.pk).data == {"note": longer}


def test_the_audit_log_keeps_action_actor_and_time_without_the_name(world):
    from atnet.core.models import AuditLogEntry

    entry = AuditLogEntry.objects.get(action="network.person.edit", data__has_key="note")
    subject_erase(subject=find_subject(email=EMAIL))
    after = AuditLogEntry.objects.get(pk=entry.pk)
    assert (after.action, after.actor_id, after.created_at) == (
        entry.action, entry.actor_id, entry.created_at,
    )  # fmt: skip
    assert after.data == {"note": "[erased]"}


def test_the_view_asks_for_the_email_again(client, world):
    client.force_login(coordinator())
    url = "/en/workspace/privacy/erase/"
    response = client.post(url, {"email": EMAIL, "confirm_email": "someone@else.org"})
    assert response.status_code == 400
    assert b"does not match" in response.content
    assert Person.objects.get(pk=world.person.pk).email == EMAIL

    response = client.post(url, {"email": EMAIL, "confirm_email": EMAIL.upper()})
    assert response.status_code == 200
    assert Person.objects.get(pk=world.person.pk).email == ""


def test_members_cannot_erase(client, world):
    client.force_login(world.user)
    response = client.post("/en/workspace/privacy/erase/", {"email": EMAIL, "confirm_email": EMAIL})
    assert response.status_code == 404
    assert Person.objects.get(pk=world.person.pk).phone == PHONE


def test_the_command_erases_after_confirmation(world, monkeypatch, capsys):
    monkeypatch.setattr("builtins.input", lambda prompt: "wrong@example.org")
    with pytest.raises(Exception, match="Not confirmed"):
        call_command("personal_data_erase", EMAIL)
    assert Person.objects.get(pk=world.person.pk).email == EMAIL

    monkeypatch.setattr("builtins.input", lambda prompt: EMAIL)
    call_command("personal_data_erase", EMAIL)
    assert "anonymised network.Person: 1" in capsys.readouterr().out
    assert Person.objects.get(pk=world.person.pk).email == ""
