"""Uploads are checked by content, and stored files are served by content, never rendered.

The attack in mind: a web page (or SVG with a script) renamed `minutes.pdf`,
uploaded by a member or an intruder with a member's password, then opened by a
coordinator. It must be refused at the door, and a file that got in before the
check must still be a sandboxed download, never a page of our origin.
"""

import datetime as dt
import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from atnet.core.security import FILE_POLICY
from atnet.core.uploads import (
    ACTIVE,
    DOCUMENTS,
    SPREADSHEET_IMPORT,
    file_response,
    sniff,
    validate_upload,
)

HTML = b"<!DOCTYPE html><html><body><script>fetch('/api/')</script></body></html>"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _image(fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, fmt)
    return buffer.getvalue()


OOXML = b"<Types/>"
SAMPLES = {
    "pdf": PDF,
    "png": _image("PNG"),
    "jpeg": _image("JPEG"),
    "webp": _image("WEBP"),
    "gif": _image("GIF"),
    "docx": _zip({"[Content_Types].xml": OOXML, "word/document.xml": b"<w/>"}),
    "xlsx": _zip({"[Content_Types].xml": OOXML, "xl/workbook.xml": b"<x/>"}),
    "pptx": _zip({"[Content_Types].xml": OOXML, "ppt/presentation.xml": b"<p/>"}),
    "odt": _zip({"mimetype": b"application/vnd.oasis.opendocument.text"}),
    "ods": _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
    "msoffice": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
    "text": "Nume,Instituție\nAna Rusu,IGP\nЕлена,МВД\n".encode(),
}


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_each_kind_is_known_by_its_content(kind):
    assert sniff(SAMPLES[kind]) == kind


@pytest.mark.parametrize(
    "content",
    [
        HTML,
        SVG,
        b"  <html>",
        b"\xef\xbb\xbf<script>alert(1)</script>",
        b"<SVG><a xlink:href='javascript:alert(1)'/></svg>",
        b"name\n<iframe src=//evil>",
        b"<?xml version='1.0'?><x:y xmlns='http://www.w3.org/1999/xhtml'/>",
    ],
)
def test_markup_is_active_content_whatever_it_looks_like(content):
    assert sniff(content) == ACTIVE


@pytest.mark.parametrize(
    "content",
    [
        b"plain\x00text",  # NUL: not text
        "Lista în cp1250: ă".encode("cp1250"),  # not UTF-8
        _zip({"readme.txt": b"a plain zip archive"}),
        b"PK\x03\x04 truncated",
        b"MZ\x90\x00 an executable",
    ],
)
def test_unknown_content_has_no_kind(content):
    assert sniff(content) is None


def _upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def test_a_web_page_named_pdf_is_refused():
    with pytest.raises(ValidationError) as refused:
        validate_upload(_upload("minutes.pdf", HTML), kinds=DOCUMENTS)
    assert refused.value.code == "file_active_content"


@pytest.mark.parametrize("name", ["logo.png", "logo.svg", "plan.txt", "plan.pdf"])
def test_svg_is_refused_under_any_name(name):
    with pytest.raises(ValidationError):
        validate_upload(_upload(name, SVG), kinds=DOCUMENTS)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("photo.pdf", SAMPLES["png"], "file_extension_mismatch"),
        ("report.docx", SAMPLES["xlsx"], "file_extension_mismatch"),
        ("notes.exe", SAMPLES["text"], "file_extension_mismatch"),
        ("archive.zip", _zip({"a.txt": b"a"}), "file_kind"),
        ("program.pdf", b"MZ\x90\x00\x03", "file_kind"),
        ("empty.pdf", b"", "file_empty"),
    ],
)
def test_content_that_does_not_match_its_name_or_use_is_refused(name, content, code):
    with pytest.raises(ValidationError) as refused:
        validate_upload(_upload(name, content), kinds=DOCUMENTS)
    assert refused.value.code == code


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("minutes.pdf", "pdf"),
        ("MINUTES.PDF", "pdf"),
        ("act.docx", "docx"),
        ("list.xlsx", "xlsx"),
        ("act.odt", "odt"),
        ("old.doc", "msoffice"),
        ("note.txt", "text"),
        ("photo.jpg", "jpeg"),
    ],
)
def test_real_documents_are_accepted(name, kind):
    assert validate_upload(_upload(name, SAMPLES[kind]), kinds=DOCUMENTS) == kind


def test_each_use_accepts_only_its_kinds():
    with pytest.raises(ValidationError) as refused:
        validate_upload(_upload("list.pdf", PDF), kinds=SPREADSHEET_IMPORT)
    assert refused.value.code == "file_kind"
    assert "csv" in refused.value.messages[0] and "xlsx" in refused.value.messages[0]


def test_the_size_limit_comes_from_the_setting(settings):
    settings.ATNET_UPLOAD_MAX_MB = 1
    big = _upload("big.txt", b"a" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError) as refused:
        validate_upload(big, kinds=DOCUMENTS)
    assert refused.value.code == "file_too_large"
    settings.ATNET_UPLOAD_MAX_MB = 2
    assert validate_upload(big, kinds=DOCUMENTS) == "text"


@pytest.mark.parametrize(
    ("language", "words"), [("ro", "Paginile web"), ("ru", "Веб-страницы"), ("en", "Web pages")]
)
def test_refusals_speak_the_users_language(language, words):
    with translation.override(language):
        with pytest.raises(ValidationError) as refused:
            validate_upload(_upload("minutes.pdf", HTML), kinds=DOCUMENTS)
        assert words in refused.value.messages[0]


# Meetings: private attachments of the minutes.


@pytest.fixture
def meeting(db):
    from atnet.meetings.models import Invitation
    from atnet.meetings.tests.factories import MeetingFactory, PersonFactory, member

    meeting = MeetingFactory(
        starts_at=timezone.now() - dt.timedelta(days=3),
        ends_at=timezone.now() - dt.timedelta(days=3, hours=-3),
    )
    insider = PersonFactory()
    Invitation.objects.create(meeting=meeting, person=insider)
    meeting.insider = member(insider)
    return meeting


@pytest.fixture
def coordinator(db):
    from atnet.meetings.tests.factories import coordinator_user

    return coordinator_user("uploads-coordinator")


def _attachment_upload(client, meeting, name, content):
    url = reverse("meetings:attachment_upload", args=[meeting.pk])
    return client.post(
        url, {"title": "Procesul-verbal", "file": _upload(name, content)}, follow=True
    )


def test_a_web_page_named_minutes_pdf_is_refused_at_upload(client, meeting, coordinator):
    client.force_login(coordinator)
    response = _attachment_upload(client, meeting, "minutes.pdf", HTML)
    assert response.status_code == 200
    assert not meeting.attachments.exists()
    assert "Paginile web" in response.content.decode()


def test_a_real_pdf_is_accepted_at_upload(client, meeting, coordinator):
    client.force_login(coordinator)
    _attachment_upload(client, meeting, "minutes.pdf", PDF)
    assert meeting.attachments.get().file.read() == PDF


def _stored_attachment(meeting, name, content):
    """A file stored before the check existed (or by a path that skipped it)."""
    from atnet.meetings.models import Attachment

    return Attachment.objects.create(
        meeting=meeting, title="Vechi", file=ContentFile(content, name=name)
    )


def _download(client, meeting, attachment):
    return client.get(reverse("meetings:attachment", args=[meeting.pk, attachment.pk]))


def _assert_never_rendered(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == FILE_POLICY
    assert "sandbox" in response["Content-Security-Policy"]


def test_a_stored_web_page_named_pdf_is_a_sandboxed_download(client, meeting):
    attachment = _stored_attachment(meeting, "minutes.pdf", HTML)
    client.force_login(meeting.insider)
    _assert_never_rendered(_download(client, meeting, attachment))


def test_a_stored_real_pdf_keeps_its_type(client, meeting):
    attachment = _stored_attachment(meeting, "minutes.pdf", PDF)
    client.force_login(meeting.insider)
    response = _download(client, meeting, attachment)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == FILE_POLICY
    assert b"".join(response.streaming_content) == PDF


def test_only_a_real_pdf_or_image_may_be_shown_inline(db, tmp_path, settings):
    from atnet.meetings.storage import private_storage

    storage = private_storage()
    real = storage.open(storage.save("real.pdf", ContentFile(PDF)))
    fake = storage.open(storage.save("fake.pdf", ContentFile(HTML)))
    assert file_response(real, allow_inline=True)["Content-Disposition"].startswith("inline")
    response = file_response(fake, allow_inline=True)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"] == "application/octet-stream"


# Support: handover documents and materials (uploaded in the Wagtail admin).


def test_support_files_uploaded_through_a_form_are_checked_by_content(db):
    from atnet.support.models import MaterialFile
    from atnet.support.tests.factories import MaterialFactory

    version = MaterialFile(
        material=MaterialFactory(), language="ro", is_original=True, file=_upload("a.pdf", HTML)
    )
    with pytest.raises(ValidationError) as refused:
        version.full_clean()
    assert "file" in refused.value.message_dict
    version.file = _upload("a.pdf", PDF)
    version.full_clean()


def test_a_stored_support_file_is_served_by_its_content(client, db):
    from atnet.support.tests.factories import MaterialFileFactory

    version = MaterialFileFactory(file=ContentFile(SVG, name="ghid.pdf"))
    url = reverse("support:material_file", args=[version.material.slug, "ro"])
    _assert_never_rendered(client.get(url))


# Trainings: the participants import.


def test_the_participant_import_refuses_markup_named_csv(client, coordinator):
    client.force_login(coordinator)
    url = reverse("trainings:import")
    response = client.post(url, {"file": _upload("lista.csv", b"nume\n<script>x</script>\n")})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


# Wagtail documents and images (the admin).

DOCUMENT_FORM = "atnet.core.wagtail_uploads.DocumentForm"


def test_the_settings_use_the_checked_document_form():
    from django.conf import settings

    assert getattr(settings, "WAGTAILDOCS_DOCUMENT_FORM_BASE", "") == DOCUMENT_FORM


def test_the_admin_refuses_a_web_page_named_pdf_as_a_document(admin_client, home):
    from wagtail.documents import get_document_model

    Document = get_document_model()
    url = reverse("wagtaildocs:add")
    refused = admin_client.post(url, {"title": "Minutes", "file": _upload("minutes.pdf", HTML)})
    assert refused.status_code == 200 and not Document.objects.exists()
    accepted = admin_client.post(url, {"title": "Minutes", "file": _upload("minutes.pdf", PDF)})
    assert accepted.status_code == 302 and Document.objects.count() == 1


def test_a_stored_document_that_is_really_a_page_is_a_sandboxed_download(client, db):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Old", file=ContentFile(HTML, name="minutes.pdf")
    )
    response = client.get(document.url)
    _assert_never_rendered(response)


def test_a_stored_real_pdf_document_is_served_by_wagtail(client, db):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Real", file=ContentFile(PDF, name="law.pdf")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(("name", "content"), [("logo.png", HTML), ("logo.svg", SVG)])
def test_the_admin_refuses_markup_as_an_image(admin_client, home, name, content):
    from wagtail.images import get_image_model

    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Logo", "file": _upload(name, content)}
    )
    assert response.status_code == 200
    assert not get_image_model().objects.exists()
