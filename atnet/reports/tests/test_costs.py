"""Costs by funder and currency: sums per funder and currency, never across currencies.

Records of 2025 (the year under test):
- sessions (by first day): S1 March, OSCE, 1 000.50 EUR; S2 June, OSCE, 2 000 EUR;
  S3 June, OSCE, 30 000 MDL; S4 September, IOM, 500 USD; S5 October, OSCE, no cost yet;
  S6 November, no funder, 700 EUR; S7 (no funder, no cost) is not a cost record.
- participations (by the conference's first day): P1 April, OSCE, 1 240 EUR; P2 April,
  IOM, 1 385.50 USD; P3 at a conference of December 2024 (OSCE, 999 EUR) is not counted.
- 2024: S8 OSCE 9 999 EUR is not counted.
"""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from atnet.reports import benchmark
from atnet.reports.figures import BY_SLUG
from atnet.reports.period import Period
from atnet.reports.public import public_figures
from atnet.support.models import Conference, ConferenceParticipation
from atnet.trainings.tests.factories import SessionFactory

from . import factories as f
from .conftest import YEAR

pytestmark = pytest.mark.django_db
SLUG = "costs-by-funder"
PERIOD = Period.year(YEAR)


def _session(month: int, funder=None, amount=None, currency="", year=YEAR):
    day = dt.date(year, month, 10)
    return SessionFactory(
        start_date=day, end_date=day, funded_by=funder,
        cost_amount=None if amount is None else Decimal(amount), cost_currency=currency,
    )  # fmt: skip


def _participation(conference, name: str, funder, amount: str, currency: str):
    return ConferenceParticipation.objects.create(
        conference=conference, full_name=name, organisation=funder, role="participant",
        start_date=conference.start_date, end_date=conference.end_date,
        funded_by=funder, cost_amount=Decimal(amount), cost_currency=currency,
    )  # fmt: skip


def _conference(slug: str, start: dt.date) -> Conference:
    return Conference.objects.create(
        slug=slug, title_en=f"Conference {slug}", city="Vienna", country="AT",
        start_date=start, end_date=start + dt.timedelta(days=2),
    )  # fmt: skip


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def costs(db):
    osce = f.organisation("osce", "international")
    iom = f.organisation("iom", "international")
    _session(3, osce, "1000.50", "EUR")
    _session(6, osce, "2000", "EUR")
    _session(6, osce, "30000", "MDL")
    _session(9, iom, "500", "USD")
    _session(10, osce)
    _session(11, None, "700", "EUR")
    _session(12)
    _session(5, osce, "9999", "EUR", year=YEAR - 1)
    april = _conference("alliance", dt.date(YEAR, 4, 7))
    _participation(april, "Ana Rusu", osce, "1240", "EUR")
    _participation(april, "Ion Ceban", iom, "1385.50", "USD")
    # Participation dates in 2025, but the conference began in 2024: counted in 2024.
    december = _conference("forum", dt.date(YEAR - 1, 12, 30))
    _participation(december, "Elena Munteanu", osce, "999", "EUR")
    return {"osce": osce, "iom": iom}


def _rows(period=PERIOD) -> dict:
    return {row.key: row for row in BY_SLUG[SLUG].compute(period).rows}


def test_it_sums_sessions_and_participations_per_funder_and_currency(costs):
    osce, iom = costs["osce"].pk, costs["iom"].pk
    rows = _rows()
    assert set(rows) == {f"{osce}:EUR", f"{osce}:MDL", f"{osce}:", f"{iom}:USD", ":EUR"}
    assert rows[f"{osce}:EUR"].values == {
        "records": 3, "sessions": 2, "session_cost": Decimal("3000.50"),
        "participations": 1, "participation_cost": Decimal("1240"), "cost": Decimal("4240.50"),
    }  # fmt: skip
    assert rows[f"{iom}:USD"]["cost"] == Decimal("1885.50")
    assert (rows[f"{iom}:USD"]["sessions"], rows[f"{iom}:USD"]["participations"]) == (1, 1)
    assert rows[f"{osce}:"]["records"] == 1 and rows[f"{osce}:"]["cost"] is None
    assert rows[":EUR"]["cost"] == Decimal("700")


def test_it_never_adds_amounts_in_different_currencies(costs):
    osce = costs["osce"].pk
    rows = _rows()
    # OSCE paid in EUR and MDL: two rows, and neither holds the other's amount.
    assert rows[f"{osce}:MDL"]["cost"] == Decimal("30000")
    assert rows[f"{osce}:EUR"]["cost"] == Decimal("4240.50")
    assert all(
        row.label.endswith(f"({row.key.split(':')[1]})")
        for row in rows.values()
        if row.key[-1] != ":"
    )
    figure = BY_SLUG[SLUG].compute(PERIOD)
    assert figure.total is None
    assert "never added together" in " ".join(figure.notes)


def test_it_labels_rows_by_funder_and_currency(costs):
    labels = {row.label for row in _rows().values()}
    assert "Organizația osce (MDL)" in labels and "Organizația iom (USD)" in labels
    assert "No funder recorded (EUR)" in labels and "Organizația osce (no cost recorded)" in labels


def test_a_region_filters_sessions_and_says_participations_are_everywhere(costs):
    rows = _rows(Period.year(YEAR, region="north"))  # every session is in Chișinău
    osce = costs["osce"].pk
    assert {key: row["records"] for key, row in rows.items()} == {
        f"{osce}:EUR": 1,
        f"{costs['iom'].pk}:USD": 1,
    }
    figure = BY_SLUG[SLUG].compute(Period.year(YEAR, region="north"))
    assert any("every region" in note for note in figure.notes)


def test_the_figure_equals_its_hand_written_sql(costs):
    for period in (PERIOD, Period.year(YEAR - 1), Period(dt.date(2000, 1, 1), dt.date(2030, 1, 1))):
        spec = BY_SLUG[SLUG]
        figure = spec.build(spec, period)
        benchmark.check(SLUG, figure, benchmark.run_sql(SLUG, period))


def test_the_figure_takes_three_queries_whatever_the_records(costs):
    spec = BY_SLUG[SLUG]
    with CaptureQueriesContext(connection) as few:
        spec.build(spec, PERIOD)
    for month in range(1, 13):
        _session(month, f.organisation(f"funder-{month}", "international"), "10", "USD")
    with CaptureQueriesContext(connection) as many:
        spec.build(spec, PERIOD)
    assert len(few) == len(many) == 3


def test_a_row_links_to_its_sessions_and_participations(client, costs):
    client.force_login(f.coordinator())
    key = f"{costs['osce'].pk}:EUR"
    response = client.get(f"/en/workspace/reports/records/{SLUG}/", {"year": YEAR, "key": key})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("Training session<") == 2 and html.count("Conference participation<") == 1
    assert "Ana Rusu" in html and "1,240.00 EUR" in html and "Ion Ceban" not in html
    for bad in ("x:EUR", "99999999999999999999:EUR", "1:EUR:EUR", "", "٣:EUR"):
        response = client.get(f"/en/workspace/reports/records/{SLUG}/", {"key": bad})
        assert response.status_code == 200 and "No records." in response.content.decode()
    # The site refuses a NUL in the address before any view; the view would find nothing.
    assert not BY_SLUG[SLUG].records_of(PERIOD, "1:\x00").sessions.exists()


def test_the_dashboard_and_its_exports_show_the_costs(client, costs):
    client.force_login(f.coordinator())
    html = client.get("/en/workspace/reports/", {"year": YEAR}).content.decode()
    assert f'data-figure="{SLUG}"' in html and "Costs by funder and currency" in html
    csv = client.get(f"/en/workspace/reports/export/{SLUG}.csv", {"year": YEAR})
    assert "Organizația osce (MDL)" in csv.content.decode("utf-8-sig")


def test_costs_are_never_among_the_public_figures(client, costs):
    assert SLUG not in {table.slug for table in public_figures(PERIOD)}
    body = client.get("/api/v1/figures", {"year": YEAR}).content.decode()
    assert SLUG not in body and "4240" not in body
