import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from atnet.trainings import services
from atnet.trainings.models import Enrolment, Participant

from .factories import (
    EnrolmentFactory,
    OrganisationFactory,
    SessionFactory,
    focal_point,
)

pytestmark = pytest.mark.django_db

DAYS = {dt.date(2025, 3, 10), dt.date(2025, 3, 11)}


@pytest.fixture
def certificate(coordinator):
    enrolment = EnrolmentFactory(
        participant__full_name="Elena Munteanu",
        participant__email="elena@example.org",
        participant__phone="+373 00 000 000",
        participant__position="Inspector superior",
        pre_score=30,
        post_score=90,
    )
    services.attendance_set(actor=coordinator, enrolment=enrolment, days=DAYS)
    return services.certificate_issue(actor=coordinator, enrolment=enrolment)


def test_the_verification_page_shows_a_valid_certificate(client, certificate):
    response = client.get(f"/ro/trainings/verify/{certificate.code}/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Elena Munteanu" in text and "10.03.2025" in text and "11.03.2025" in text
    assert certificate.enrolment.session.course.title_ro in text
    assert "valid" in text.lower() or "valabil" in text.lower()


def test_the_verification_page_reveals_nothing_else(client, certificate):
    response = client.get(f"/ro/trainings/verify/{certificate.code}/")
    text = response.content.decode()
    participant = certificate.enrolment.participant
    for secret in (
        participant.email,
        participant.phone,
        participant.position,
        participant.organisation.name_ro,
        "90",  # the post-test score
        "Sala de conferințe",
    ):
        assert secret not in text
    assert set(response.context["facts"]) == {"name", "course", "start", "end", "valid"}
    assert "certificate" not in response.context


def test_a_revoked_certificate_shows_as_revoked(client, certificate, coordinator):
    services.certificate_revoke(
        actor=coordinator, certificate=certificate, reason="Emis din greșeală"
    )
    response = client.get(f"/ro/trainings/verify/{certificate.code}/")
    assert response.status_code == 200
    assert response.context["facts"]["valid"] is False
    assert "revoked" in response.content.decode() or "revocat" in response.content.decode()
    assert "Emis din greșeală" not in response.content.decode()


def test_a_code_typed_in_lowercase_without_dash_is_found(client, certificate):
    response = client.get(
        reverse("trainings:verify"), {"code": certificate.code.lower().replace("-", "")}
    )
    assert response.status_code == 302
    assert client.get(response.url).context["facts"]["name"] == "Elena Munteanu"


def test_an_unknown_code_gives_a_helpful_404(client, db):
    response = client.get(reverse("trainings:verify_code", args=["ZZZZZ-ZZZZZ"]))
    assert response.status_code == 404
    assert "ZZZZZ-ZZZZZ" in response.content.decode()
    assert "facts" not in response.context


def test_the_certificate_pdf_has_its_code(coordinator_client, certificate):
    response = coordinator_client.get(reverse("trainings:certificate_pdf", args=[certificate.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


@pytest.mark.parametrize("language", ["ro", "en", "ru"])
def test_the_certificate_prints_in_each_language(certificate, language):
    from atnet.trainings.pdf import certificate_pdf

    certificate.language = language
    assert certificate_pdf(certificate=certificate, verify_url="http://x/v/").startswith(b"%PDF")


def test_plain_text_fallback_transliterates_cyrillic_and_drops_diacritics():
    from atnet.trainings.pdf import plain

    assert plain("Ștefan Țurcanu") == "Stefan Turcanu"
    assert plain("Жанна Щукина") == "Zhanna Shchukina"


def test_a_focal_point_sees_only_its_own_nominees(client):
    police = OrganisationFactory()
    court = OrganisationFactory()
    session = SessionFactory()
    ours = EnrolmentFactory(session=session, participant__organisation=police)
    theirs = EnrolmentFactory(session=session, participant__organisation=court)
    client.force_login(focal_point(police))
    page = client.get(reverse("trainings:session", args=[session.pk])).content.decode()
    assert ours.participant.full_name in page and theirs.participant.full_name not in page
    assert (
        client.get(reverse("trainings:participant", args=[theirs.participant.pk])).status_code
        == 404
    )
    assert (
        client.get(reverse("trainings:participant", args=[ours.participant.pk])).status_code == 200
    )
    assert client.get(reverse("trainings:participants")).content.decode().count("Ion Popescu") == 1


def test_a_focal_point_cannot_download_another_institutions_certificate(client, certificate):
    client.force_login(focal_point(OrganisationFactory()))
    assert (
        client.get(reverse("trainings:certificate_pdf", args=[certificate.pk])).status_code == 404
    )


def test_a_member_without_a_role_gets_404_and_visitors_sign_in(client, django_user_model):
    assert client.get(reverse("trainings:workspace")).status_code == 302
    client.force_login(django_user_model.objects.create_user("nobody"))
    assert client.get(reverse("trainings:workspace")).status_code == 404


def test_a_focal_point_cannot_decide_or_record(client):
    enrolment = EnrolmentFactory(status="nominated")
    client.force_login(focal_point(enrolment.participant.organisation))
    response = client.post(reverse("trainings:decide", args=[enrolment.pk]), {"status": "accepted"})
    assert response.status_code == 404
    assert Enrolment.objects.get(pk=enrolment.pk).status == "nominated"


def test_a_focal_point_nominates_only_for_its_own_institution(client):
    police = OrganisationFactory()
    other = OrganisationFactory()
    session = SessionFactory()
    client.force_login(focal_point(police))
    data = {"full_name": "Vasile Lungu", "gender": "male", "profession": "police", "language": "ro"}
    client.post(
        reverse("trainings:nominate", args=[session.pk]), {**data, "organisation": other.pk}
    )
    assert not Participant.objects.exists()
    client.post(
        reverse("trainings:nominate", args=[session.pk]), {**data, "organisation": police.pk}
    )
    assert Enrolment.objects.get().participant.organisation == police


def test_the_coordinator_records_attendance_and_scores(coordinator_client):
    enrolment = EnrolmentFactory()
    coordinator_client.post(
        reverse("trainings:record", args=[enrolment.pk]),
        {"days": ["2025-03-10", "2025-03-11"], "pre_score": "40", "post_score": "70"},
    )
    enrolment.refresh_from_db()
    assert enrolment.days_attended == 2 and enrolment.completed and enrolment.knowledge_gain == 30


def test_a_bad_score_gives_a_message_not_an_error(coordinator_client):
    enrolment = EnrolmentFactory()
    response = coordinator_client.post(
        reverse("trainings:record", args=[enrolment.pk]), {"pre_score": "abc"}, follow=True
    )
    assert response.status_code == 200
    assert Enrolment.objects.get(pk=enrolment.pk).pre_score is None


def _session_with(count):
    session = SessionFactory()
    for _ in range(count):
        EnrolmentFactory(session=session)
    return session


@pytest.mark.parametrize("name", ["session", "participants", "workspace"])
def test_workspace_pages_run_a_constant_number_of_queries(coordinator_client, name):
    def measure(count):
        session = _session_with(count)
        url = reverse(f"trainings:{name}", args=[session.pk] if name == "session" else [])
        coordinator_client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert coordinator_client.get(url).status_code == 200
        return len(captured)

    assert measure(5) == measure(50)


def test_the_qr_code_encodes_the_verification_url(certificate, monkeypatch):
    from atnet.trainings import pdf

    encoded = []
    original = pdf.QrCodeWidget

    def spy(value, *args, **kwargs):
        encoded.append(value)
        return original(value, *args, **kwargs)

    monkeypatch.setattr(pdf, "QrCodeWidget", spy)
    url = f"http://testserver/ro/trainings/verify/{certificate.code}/"
    content = pdf.certificate_pdf(certificate=certificate, verify_url=url)
    assert encoded == [url]
    assert f"/URI ({url})".encode() in content
