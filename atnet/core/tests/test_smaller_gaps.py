"""The smaller leaks closed by issue 16, one test each."""

import ast
import datetime as dt
import io
import os
import subprocess
import sys

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from atnet.core.uploads import DOCUMENTS, validate_upload
from atnet.meetings.tests.factories import PersonFactory, member
from atnet.network.models import Role
from atnet.support.models import Access
from atnet.support.tests.factories import MaterialFileFactory
from atnet.trainings.services import TrainingError, certificate_issue
from atnet.trainings.tests.factories import EnrolmentFactory, SessionFactory

pytestmark = pytest.mark.django_db


# A member (not a focal point) sees no list of people --------------------------


def test_a_member_cannot_open_her_organisations_people_list(client):
    person = PersonFactory()
    client.force_login(member(person, role=Role.MEMBER))
    organisation = person.organisation
    assert client.get(f"/ro/workspace/organisations/{organisation.pk}/people/").status_code == 404
    detail = client.get(f"/ro/workspace/organisations/{organisation.pk}/").content.decode()
    assert f"/organisations/{organisation.pk}/people/" not in detail


def test_a_focal_point_still_sees_her_organisations_people(client):
    person = PersonFactory()
    client.force_login(member(person, role=Role.FOCAL_POINT))
    page = client.get(f"/ro/workspace/organisations/{person.organisation.pk}/people/")
    assert page.status_code == 200
    assert person.full_name in page.content.decode()


# Two-factor sign-in pending: no members-only files, no restricted pages ----------


@pytest.fixture
def pending(settings):
    """A staff user signed in with her password alone while two-factor sign-in is required."""
    from django.contrib.auth import get_user_model

    settings.ATNET_TWO_FACTOR_REQUIRED = True
    person = PersonFactory()
    user = member(person, role=Role.FOCAL_POINT)
    get_user_model().objects.filter(pk=user.pk).update(is_staff=True)
    user.refresh_from_db()
    return user


def test_a_user_whose_enrolment_is_pending_cannot_download_members_only_materials(client, pending):
    version = MaterialFileFactory(material__access=Access.MEMBERS)
    client.force_login(pending)
    url = reverse("support:material_file", args=[version.material.slug, version.language])
    response = client.get(url)
    assert response.status_code == 302
    assert "two-factor" in response["Location"] or "2fa" in response["Location"]


def test_a_user_whose_enrolment_is_pending_cannot_open_a_login_restricted_page(
    client, home, pending
):
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(pending)
    response = client.get(home.url)
    assert response.status_code == 302
    assert "two-factor" in response["Location"] or "2fa" in response["Location"]


# The language cookie ------------------------------------------------------------------


def test_the_language_cookie_is_samesite_lax_and_secure_in_production(client, settings):
    settings.LANGUAGE_COOKIE_SECURE = _production_setting("LANGUAGE_COOKIE_SECURE")
    assert settings.LANGUAGE_COOKIE_SECURE is True
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie["samesite"] == "Lax"
    assert cookie["secure"] is True


def _production_setting(name: str):
    """A setting as atnet.settings.production computes it (in a process of its own)."""
    environment = {
        **{key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")},
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "example.org",
    }
    code = f"import atnet.settings.production as s; print(repr(s.{name}))"
    result = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    )
    return ast.literal_eval(result.stdout.strip())


# A PDF signature in front of markup ---------------------------------------------------


def test_a_file_with_a_pdf_signature_holding_markup_is_refused():
    upload = SimpleUploadedFile(
        "minutes.pdf", b"%PDF-1.4\n<html><body><script>alert(1)</script></body></html>"
    )
    with pytest.raises(ValidationError):
        validate_upload(upload, kinds=DOCUMENTS)


def test_a_binary_pdf_whose_stream_happens_to_spell_markup_is_accepted():
    content = io.BytesIO()
    content.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Length 20>>\nstream\n")
    content.write(b"\x00\x9c<a \x01\xff<svg \x00binary\nendstream\nendobj\ntrailer <<>>\n%%EOF\n")
    upload = SimpleUploadedFile("report.pdf", content.getvalue())
    assert validate_upload(upload, kinds=DOCUMENTS) == "pdf"


# No certificate for a session that has not taken place ----------------------------------


def test_no_certificate_for_a_session_that_has_not_ended():
    today = timezone.localdate()
    session = SessionFactory(
        start_date=today + dt.timedelta(days=5), end_date=today + dt.timedelta(days=6)
    )
    enrolment = EnrolmentFactory(session=session, completed=True)
    with pytest.raises(TrainingError):
        certificate_issue(actor=None, enrolment=enrolment)


def test_a_certificate_for_a_session_that_has_ended():
    enrolment = EnrolmentFactory(completed=True)  # the factory's session is in 2025
    assert certificate_issue(actor=None, enrolment=enrolment).issued_on == dt.date(2025, 3, 11)
