"""A backup restores: every table, every row, every file, into an empty database.

Runs on the database the suite runs on: PostgreSQL (pg_dump/pg_restore into a
scratch database created and dropped here) or SQLite (the backup API into a new
file). Rows are compared by a checksum of every table's content, read the same
way from the source and from the restored copy.
"""

import datetime as dt
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import timezone
from wagtail.documents import get_document_model

from atnet.core.backups import file_roots
from atnet.meetings.models import Invitation, Minutes, Response
from atnet.meetings.services.participation import registration_answer
from atnet.meetings.services.records import attachment_add
from atnet.meetings.tests.factories import MeetingFactory, PersonFactory, member
from atnet.support.tests.factories import MaterialFileFactory
from atnet.trainings.tests.factories import EnrolmentFactory, SessionFactory

POSTGRESQL = connection.vendor == "postgresql"
ATTACHMENT = b"%PDF-1.4 minutes annex: confidential list"
MATERIAL = b"%PDF-1.4 guide to identifying victims"
DOCUMENT = b"%PDF-1.4 national referral plan"
SCRIPTS = Path(__file__).resolve().parents[3] / "deploy" / "scripts"


@pytest.fixture
def private_root(settings, tmp_path):
    settings.ATNET_PRIVATE_ROOT = str(tmp_path / "private")
    return tmp_path / "private"


def _records(home):
    """Something in every kind of app, with files in each storage."""
    get_document_model().objects.create(
        title="Planul național", file=ContentFile(DOCUMENT, name="plan.pdf")
    )
    person = PersonFactory(
        full_name="Ana Ceban", email="ana.ceban@example.org", organisation__slug="ngo-backup"
    )
    member(person)
    meeting = MeetingFactory(starts_at=timezone.now() + dt.timedelta(days=5))
    meeting.ends_at = meeting.starts_at + dt.timedelta(hours=3)
    meeting.save()
    Invitation.objects.create(meeting=meeting, person=person)
    registration_answer(meeting=meeting, person=person, response=Response.ATTENDING)
    Minutes.objects.create(meeting=meeting, body="Confidențial: discuția despre cazul X.")
    attachment_add(
        actor=None,
        meeting=meeting,
        title="Anexa",
        file=SimpleUploadedFile("anexa.pdf", ATTACHMENT, content_type="application/pdf"),
    )
    session = SessionFactory()
    EnrolmentFactory.create_batch(3, session=session)
    MaterialFileFactory(file=ContentFile(MATERIAL, name="ghid.pdf"))


# Reading a database the same way on both sides -------------------------------


def _normalise(value):
    return bytes(value) if isinstance(value, memoryview) else value


def _fingerprint(cursor, tables):
    """{table: (row count, sha256 of its sorted rows)}"""
    result = {}
    for table in sorted(tables):
        cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from the catalogue
        rows = sorted(repr(tuple(_normalise(v) for v in row)) for row in cursor.fetchall())
        result[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return result


def _postgresql_state(dbname):
    import psycopg

    params = connection.settings_dict
    with psycopg.connect(
        dbname=dbname,
        host=params["HOST"] or None,
        port=params["PORT"] or None,
        user=params["USER"] or None,
        password=params["PASSWORD"] or None,
    ) as conn:
        conn.execute("SET TIME ZONE 'UTC'")
        with conn.cursor() as cursor:
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            tables = [row[0] for row in cursor.fetchall()]
            state = _fingerprint(cursor, tables)
            cursor.execute("SELECT sequencename, last_value FROM pg_sequences")
            state["(sequences)"] = sorted(cursor.fetchall())
    return state


def _sqlite_state(conn):
    # Django registers its converters globally: a connection opened with the same
    # detect_types reads the copy exactly as Django's connection reads the source.
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return _fingerprint(conn.cursor(), tables)


def _restored_sqlite(path):
    conn = sqlite3.connect(path, detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
    try:
        return _sqlite_state(conn)
    finally:
        conn.close()


def _files(roots):
    return {
        (key, str(path.relative_to(root))): path.read_bytes()
        for key, root in roots.items()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


# A scratch target database -----------------------------------------------------


def _postgresql_admin(sql):
    import psycopg

    params = connection.settings_dict
    with psycopg.connect(
        dbname="postgres",
        host=params["HOST"] or None,
        port=params["PORT"] or None,
        user=params["USER"] or None,
        password=params["PASSWORD"] or None,
        autocommit=True,
    ) as conn:
        conn.execute(sql)


@pytest.fixture
def scratch_database(tmp_path):
    """(database URL, read its state): a new, empty database, dropped afterwards."""
    if not POSTGRESQL:
        path = tmp_path / "restored.sqlite3"
        yield f"sqlite:///{path}", lambda: _restored_sqlite(path)
        return
    params = connection.settings_dict
    name = f"{params['NAME']}_restore_{uuid.uuid4().hex[:8]}"
    _postgresql_admin(f'CREATE DATABASE "{name}"')
    try:
        host = f"{params['HOST'] or 'localhost'}:{params['PORT'] or 5432}"
        credentials = params["USER"] + (f":{params['PASSWORD']}" if params["PASSWORD"] else "")
        yield f"postgres://{credentials}@{host}/{name}", lambda: _postgresql_state(name)
    finally:
        _postgresql_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _source_state():
    if POSTGRESQL:
        return _postgresql_state(connection.settings_dict["NAME"])
    connection.ensure_connection()
    return _sqlite_state(connection.connection)


def _restore_into_new_folders(settings, tmp_path, url, folder):
    settings.MEDIA_ROOT = tmp_path / "restored" / "media"
    settings.ATNET_PRIVATE_ROOT = str(tmp_path / "restored" / "private")
    call_command("restore", str(folder), database_url=url)
    return file_roots()


# The tests -----------------------------------------------------------------------


def _only_backup(parent: Path) -> Path:
    folders = [path for path in parent.iterdir() if path.is_dir()]
    assert len(folders) == 1 and not folders[0].name.endswith(".partial")
    return folders[0]


def test_a_backup_restores_every_row_and_file_into_an_empty_database(
    transactional_db, home, private_root, scratch_database, settings, tmp_path
):
    _records(home)
    source, source_files = _source_state(), _files(file_roots())
    # The comparison below means something only if the data is really there.
    for table in ("network_person", "meetings_registration", "trainings_enrolment"):
        assert source[table][0] > 0, table
    assert {ATTACHMENT, MATERIAL, DOCUMENT} <= set(source_files.values())

    call_command("backup", output=str(tmp_path / "backups"))
    folder = _only_backup(tmp_path / "backups")
    manifest = json.loads((folder / "manifest.json").read_text())
    assert set(manifest["roots"]) == {"media", "atnet-support-storage-PrivateStorage"}
    assert {oct(path.stat().st_mode & 0o777) for path in folder.iterdir()} == {oct(0o600)}

    url, restored_state = scratch_database
    restored_roots = _restore_into_new_folders(settings, tmp_path, url, folder)

    restored = restored_state()
    assert restored.keys() == source.keys()
    differing = [table for table in source if restored[table] != source[table]]
    assert differing == []
    assert _files(restored_roots) == source_files


def test_a_restore_refuses_a_database_or_folder_in_use_and_a_damaged_backup(
    transactional_db, private_root, scratch_database, settings, tmp_path
):
    call_command("backup", output=str(tmp_path / "backups"))
    folder = _only_backup(tmp_path / "backups")
    url, restored_state = scratch_database
    _restore_into_new_folders(settings, tmp_path, url, folder)
    before = restored_state()

    with pytest.raises(CommandError, match="is not empty: restore into a new"):
        call_command("restore", str(folder), database_url=url)
    assert restored_state() == before

    settings.MEDIA_ROOT = tmp_path / "in-use"
    (tmp_path / "in-use").mkdir()
    (tmp_path / "in-use" / "photo.jpg").write_bytes(b"live file")
    with pytest.raises(CommandError, match="is not empty: restore into empty folders"):
        call_command("restore", str(folder), database_url=url)
    assert (tmp_path / "in-use" / "photo.jpg").read_bytes() == b"live file"

    dump = folder / json.loads((folder / "manifest.json").read_text())["database"]["file"]
    damaged = dump.read_bytes()
    dump.write_bytes(damaged[:-1] + bytes([damaged[-1] ^ 0xFF]))
    with pytest.raises(CommandError, match="does not match its checksum"):
        call_command("restore", str(folder), database_url=url)


def test_a_backup_folder_inside_the_media_folder_is_refused(db, settings, tmp_path):
    with pytest.raises(CommandError, match="which it archives"):
        call_command("backup", output=str(Path(settings.MEDIA_ROOT) / "backups"))


@pytest.mark.skipif(POSTGRESQL, reason="pg_dump reads its own snapshot from any transaction")
def test_a_sqlite_backup_inside_a_transaction_is_refused_not_left_waiting(db, tmp_path):
    from atnet.core.backups import BackupError, backup_create

    with pytest.raises(BackupError, match="transaction"):
        backup_create(tmp_path / "backups")


def test_the_deploy_scripts_back_up_restore_and_keep_only_recent_backups(tmp_path):
    """backup.sh and restore.sh run the commands for a site of their own (a SQLite file)."""
    live, restored, backups = tmp_path / "live", tmp_path / "restored", tmp_path / "backups"
    files = {
        "test-media/documents/plan.pdf": DOCUMENT,  # MEDIA_ROOT under the test settings
        "private/meetings/0123456789abcdef0123456789abcdef.pdf": ATTACHMENT,
        "private/materials/ghid.pdf": MATERIAL,
    }
    for name, content in files.items():
        (live / name).parent.mkdir(parents=True, exist_ok=True)
        (live / name).write_bytes(content)
    with sqlite3.connect(live / "db.sqlite3") as conn:
        conn.execute("CREATE TABLE person (name TEXT)")
        conn.execute("INSERT INTO person VALUES ('Ana Ceban')")
    expired = backups / "20200101T000000Z"
    expired.mkdir(parents=True)
    month_ago = time.time() - 30 * 86400
    os.utime(expired, (month_ago, month_ago))

    def run(script, var_dir, *args):
        environment = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("ATNET_", "MEDIA_"))},
            "DJANGO_SETTINGS_MODULE": "atnet.settings.test",
            "DATABASE_URL": f"sqlite:///{var_dir / 'db.sqlite3'}",
            "ATNET_VAR_DIR": str(var_dir),
            "ATNET_BACKUP_DIR": str(backups),
            "ATNET_PYTHON": sys.executable,
        }
        result = subprocess.run(
            ["sh", str(SCRIPTS / script), *args],
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    run("backup.sh", live)
    assert not expired.exists()
    run("restore.sh", restored, str(_only_backup(backups)))

    with sqlite3.connect(restored / "db.sqlite3") as conn:
        assert conn.execute("SELECT name FROM person").fetchall() == [("Ana Ceban",)]
    assert {name: (restored / name).read_bytes() for name in files} == files
