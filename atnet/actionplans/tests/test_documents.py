"""The compiled monitoring report opens as PDF and DOCX and holds every organisation's text."""

import io

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from atnet.meetings.models import CommitteeSession
from atnet.network.tests.factories import ActivityFactory, OrganisationFactory

from ..models import Report, ReportState, SessionSummary
from .factories import IndicatorFactory, MeasureFactory, PeriodFactory, coordinator

pytestmark = pytest.mark.django_db

TEXTS = {
    "ro": "Am instruit patruzeci de polițiști",
    "ru": "Проведено обучение сорока полицейских",
    "en": "Forty officers were trained",
}


@pytest.fixture
def period():
    period = PeriodFactory()
    orgs = [
        OrganisationFactory(name_ro=f"Instituția {code}", name_en="", name_ru="") for code in TEXTS
    ]
    measure = MeasureFactory(objective__plan=period.plan, responsible=orgs)
    indicator = IndicatorFactory(measure=measure, name_ro="polițiști instruiți")
    for org, (language, text) in zip(orgs, TEXTS.items(), strict=True):
        report = Report.objects.create(
            period=period, measure=measure, organisation=org, status="in_progress",
            narrative=text, narrative_language=language, state=ReportState.SUBMITTED,
        )  # fmt: skip
        report.values.create(indicator=indicator, value=40)
        report.activities.add(ActivityFactory(organisation=org, title_ro=f"Seminar {language}"))
    silent = OrganisationFactory(name_ro="Instituția tăcută")
    measure.responsible.add(silent)
    return period


def _get(client, period, fmt, lang="ro"):
    client.force_login(coordinator())
    response = client.get(reverse("actionplans:compiled", args=[period.pk, fmt]), {"lang": lang})
    assert response.status_code == 200
    return response


def test_the_pdf_opens_and_holds_every_reporting_organisations_text(client, period):
    response = _get(client, period, "pdf")
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    flat = " ".join(text.split())
    for code, narrative in TEXTS.items():
        assert narrative in flat
        assert f"Instituția {code}" in flat
        assert f"Seminar {code}" in flat
    assert "Instituția tăcută" in flat


def test_the_docx_opens_with_its_own_reader_and_headings_follow_the_language(client, period):
    response = _get(client, period, "docx", lang="ru")
    document = Document(io.BytesIO(response.content))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    for code, narrative in TEXTS.items():
        assert narrative in text
        assert f"Instituția {code}" in text
    assert document.core_properties.language == "ru"
    assert "40 (" in text  # the indicator's value with its target


def test_the_summary_is_attached_to_a_committee_session(client, period):
    from django.utils import timezone

    session = CommitteeSession.objects.create(starts_at=timezone.now(), title_ro="Sesiunea")
    client.force_login(coordinator())
    client.post(reverse("actionplans:attach", args=[period.pk]), {"session": session.pk})
    summary = SessionSummary.objects.get(session=session)
    response = client.get(reverse("actionplans:summary_file", args=[summary.pk]))
    content = b"".join(response.streaming_content)
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) == 1
    assert "3 of 4" in reader.pages[0].extract_text()


def test_only_the_coordinator_compiles(client, period):
    from .factories import focal_point

    client.force_login(focal_point(OrganisationFactory(), "fp"))
    url = reverse("actionplans:compiled", args=[period.pk, "pdf"])
    assert client.get(url).status_code == 404
    client.force_login(coordinator())
    assert client.get(reverse("actionplans:compiled", args=[period.pk, "odt"])).status_code == 404
