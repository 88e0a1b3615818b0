"""Minutes' attachments: outside the web root, random names, sent by nginx behind a check."""

import datetime as dt
import importlib
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from atnet.meetings.models import Attachment, Invitation, Minutes
from atnet.meetings.services.records import attachment_add

from .factories import MeetingFactory, PersonFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def held():
    meeting = MeetingFactory(
        starts_at=timezone.now() - dt.timedelta(days=3),
        ends_at=timezone.now() - dt.timedelta(days=3, hours=-3),
    )
    insider = PersonFactory()
    Invitation.objects.create(meeting=meeting, person=insider)
    Minutes.objects.create(meeting=meeting, body="Confidențial.")
    attachment = attachment_add(
        actor=None,
        meeting=meeting,
        title="Lista victimelor",
        file=SimpleUploadedFile("Ana Ceban - lista.pdf", b"%PDF-1.4 secret"),
    )
    return meeting, member(insider), attachment


def _url(meeting, attachment):
    return f"/ro/workspace/meetings/{meeting.pk}/files/{attachment.pk}/"


def test_the_uploaders_file_name_is_not_kept_on_disk(held):
    _meeting, _insider, attachment = held
    assert re.fullmatch(r"meetings/[0-9a-f]{32}\.pdf", attachment.file.name)
    assert "Ana" not in attachment.file.path


def test_behind_nginx_a_permitted_download_is_an_internal_redirect(client, held, settings):
    settings.ATNET_PRIVATE_ACCEL_PREFIX = "/_private-files/"
    meeting, insider, attachment = held
    client.force_login(insider)
    response = client.get(_url(meeting, attachment))
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_private-files/{attachment.file.name}"
    assert response.content == b""  # nginx sends the bytes
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="lista-victimelor.pdf"'
    assert response["Cache-Control"] == "private, no-store"


def test_a_refused_download_carries_no_redirect(client, held, settings):
    settings.ATNET_PRIVATE_ACCEL_PREFIX = "/_private-files/"
    meeting, _insider, attachment = held
    client.force_login(member(PersonFactory()))
    response = client.get(_url(meeting, attachment))
    assert response.status_code == 404
    assert not response.has_header("X-Accel-Redirect")


def test_the_migration_moves_old_attachments_out_of_media(held, settings):
    meeting, insider, attachment = held
    old_name = "meetings/2026/12/annex.pdf"
    old_path = Path(settings.MEDIA_ROOT) / "private" / old_name
    old_path.parent.mkdir(parents=True)
    old_path.write_bytes(b"%PDF-1.4 old")
    Attachment.objects.filter(pk=attachment.pk).update(file=old_name)

    migration = importlib.import_module(
        "atnet.meetings.migrations.0003_move_attachments_to_private_root"
    )
    migration.forwards(apps, None)

    attachment.refresh_from_db()
    assert not old_path.exists()
    assert re.fullmatch(r"meetings/[0-9a-f]{32}\.pdf", attachment.file.name)
    assert Path(settings.ATNET_PRIVATE_ROOT) in Path(attachment.file.path).parents
    assert attachment.file.read() == b"%PDF-1.4 old"
