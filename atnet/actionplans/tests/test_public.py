"""The public plan page and its API: aggregated progress, no person, no unpublished narrative."""

import pytest
from openapi_spec_validator import validate

from atnet.network.tests.factories import OrganisationFactory, PersonFactory

from ..models import Report, ReportState
from .factories import IndicatorFactory, MeasureFactory, PeriodFactory, focal_point

pytestmark = pytest.mark.django_db

PUBLISHED = "Textul publicat de coordonator"
UNPUBLISHED = "Text intern nepublicat"


@pytest.fixture
def plan(home):
    period = PeriodFactory()
    police = OrganisationFactory(name_ro="Poliția", name_en="Police", name_ru="Полиция", slug="pol")
    court = OrganisationFactory(name_ro="Curtea", slug="court")
    done = MeasureFactory(
        objective__plan=period.plan, responsible=[police], text_ro="Măsura gata",
        text_en="Measure done", text_ru="Мера выполнена",
    )  # fmt: skip
    late = MeasureFactory(
        objective__plan=period.plan, responsible=[court], text_ro="Măsura întârziată",
        deadline=period.starts,
    )  # fmt: skip
    indicator = IndicatorFactory(measure=done, target=50)
    report = Report.objects.create(
        period=period, measure=done, organisation=police, status="done", narrative=PUBLISHED,
        narrative_public=True, state=ReportState.SUBMITTED, submitted_by=focal_point(police, "fp"),
    )  # fmt: skip
    report.values.create(indicator=indicator, value=30)
    Report.objects.create(
        period=period, measure=late, organisation=court, status="in_progress",
        narrative=UNPUBLISHED, state=ReportState.SUBMITTED,
    )  # fmt: skip
    PersonFactory(organisation=police, full_name="Ana Punctfocal", email="ana@pol.example")
    return period.plan


@pytest.mark.parametrize(
    ("language", "title", "measure"),
    [("ro", "Planul", "Măsura gata"), ("en", "Action plan", "Measure done"),
     ("ru", "План действий", "Мера выполнена")],
)  # fmt: skip
def test_the_plan_page_in_each_language_without_personal_data(
    client, plan, language, title, measure
):
    page = client.get(f"/{language}/action-plans/{plan.slug}/").content.decode()
    assert title in page and measure in page
    assert PUBLISHED in page
    assert UNPUBLISHED not in page
    for personal in ("Ana Punctfocal", "ana@pol.example", "fp@example.org"):
        assert personal not in page
    assert "30 / 50" in page


def test_the_plan_page_filters_by_institution_objective_and_status(client, plan):
    url = f"/ro/action-plans/{plan.slug}/"
    page = client.get(url, {"organisation": "court"}).content.decode()
    assert "Măsura întârziată" in page and "Măsura gata" not in page
    page = client.get(url, {"status": "done"}).content.decode()
    assert "Măsura gata" in page and "Măsura întârziată" not in page
    page = client.get(url, {"status": "overdue"}).content.decode()
    assert "Măsura întârziată" in page and "Măsura gata" not in page
    objective = plan.objectives.first()
    assert "Măsura gata" in client.get(url, {"objective": objective.pk}).content.decode()
    assert client.get(url, {"objective": "99999999999999999999999"}).status_code == 200


def test_an_unpublished_plan_is_not_found(client, plan):
    plan.is_public = False
    plan.save()
    assert client.get(f"/ro/action-plans/{plan.slug}/").status_code == 404
    assert client.get(f"/api/v1/action-plans/{plan.pk}").status_code == 404


def test_the_api_has_a_schema_and_serves_the_same_progress(client, plan):
    document = client.get("/api/v1/openapi.json").json()
    validate(document)
    assert {"/api/v1/action-plans", "/api/v1/action-plans/{plan_id}"} <= set(document["paths"])
    assert [item["slug"] for item in client.get("/api/v1/action-plans").json()] == [plan.slug]
    data = client.get(f"/api/v1/action-plans/{plan.pk}?lang=en").json()
    by_number = {m["text"]: m for m in data["measures"]}
    done = by_number["Measure done"]
    assert (done["status"], done["responsible"]) == ("done", ["Police"])
    assert (
        done["indicators"][0]["reached"] == "30.00" or float(done["indicators"][0]["reached"]) == 30
    )
    assert [n["text"] for m in data["measures"] for n in m["narratives"]] == [PUBLISHED]
    body = str(data)
    assert UNPUBLISHED not in body and "Ana Punctfocal" not in body
    overdue = client.get(f"/api/v1/action-plans/{plan.pk}?status=overdue").json()["measures"]
    assert [m["text"] for m in overdue] == ["Măsura întârziată"]
    assert client.get(f"/api/v1/action-plans/{plan.pk}?status=late").status_code == 422
