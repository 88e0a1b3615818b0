"""The IATI export against the IATI Standard Ruleset 2.03 (shared/standards/iati-2.03/rulesets)."""

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from atnet.network.tests.factories import OrganisationFactory
from atnet.projects.iati import ORG_ID_PREFIXES, budget_periods, org_ref_problem
from atnet.projects.iati_rules import evaluate, load
from atnet.projects.models import ProjectTransaction

from .factories import ProjectPageFactory

RULESET_PATH = Path("standards", "iati-2.03", "rulesets", "standard.json")
ID_SETS = {"ORG-ID-PREFIX": ORG_ID_PREFIXES}
ORG_REF = "MD-IDNO-1003600012345"  # the form of a Moldovan IDNO; a test value


def _ruleset_file() -> Path:
    """`shared/` beside the repository (CI) or beside a directory of worktrees."""
    for folder in Path(__file__).resolve().parents:
        candidate = folder / "shared" / RULESET_PATH
        if candidate.exists():
            return candidate
    raise AssertionError(f"the IATI ruleset shared/{RULESET_PATH} was not found")


RULESET = load(_ruleset_file())


@pytest.fixture
def projects(project_index, settings):
    settings.ATNET_IATI_ORG_REF = ORG_REF
    funder, implementer = OrganisationFactory.create_batch(2)
    ProjectPageFactory(
        parent=project_index,
        title="Prevenirea traficului",
        domains=["trafficking_prevention", "gender_equality_dv", "anti_discrimination"],
        partners=[(funder, "funder"), (implementer, "implementer")],
        transactions=_transactions(funder, implementer),
        budget=Decimal("90000"),
        currency="EUR",
        planned_start=dt.date(2024, 3, 1),
        actual_start=dt.date(2024, 3, 15),
        planned_end=dt.date(2026, 8, 31),
    )
    ProjectPageFactory(
        parent=project_index,
        title="Migrație sigură",
        domains=["migration_policy"],
        budget=Decimal("12000"),
        currency="EUR",
        planned_start=dt.date(2025, 1, 1),
        planned_end=dt.date(2025, 12, 31),
    )


def _transactions(funder, implementer) -> list[ProjectTransaction]:
    def paid(type_, day, amount, **more):
        return ProjectTransaction(
            type=type_, date=day, amount=Decimal(amount), currency="EUR", **more
        )

    return [
        paid("2", dt.date(2024, 2, 20), "90000", provider=funder, receiver=implementer),
        paid("3", dt.date(2024, 3, 20), "30000", provider=funder, receiver=implementer),
        paid("3", dt.date(2025, 3, 20), "30000", description="A doua tranșă", receiver=implementer),
        paid("4", dt.date(2025, 6, 1), "12500.50", provider=implementer),
        # Typed in for a planned payment: never exported, it would break rules 11.2.1 and 11.2.2.
        paid("3", dt.date.today() + dt.timedelta(days=30), "30000", provider=funder),
    ]


def _failures(client):
    response = client.get("/api/v1/projects/iati-activities.xml")
    assert response.status_code == 200
    return evaluate(response.content, RULESET, id_sets=ID_SETS)


def test_no_error_rule_fails_and_the_sector_and_identifier_warnings_pass(client, projects):
    failures = _failures(client)
    assert not [f for f in failures if f["severity"] == "error"], failures
    assert not [f for f in failures if f["id"] in ("102.1.1", "1.14.8")], failures


def test_transactions_are_exported_and_pass_the_financial_rules(client, projects):
    failures = _failures(client)
    assert not [f for f in failures if f["id"].startswith(("11.", "6.9.", "7.8."))], failures
    response = client.get("/api/v1/projects/iati-activities.xml")
    assert response.content.count(b"<transaction>") == 4


def test_the_evaluator_catches_any_transaction_dated_in_the_future():
    future = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    document = f"""<iati-activities><iati-activity default-currency="EUR">
        <transaction><transaction-date iso-date="2024-01-01"/>
            <value value-date="2024-01-01">1</value></transaction>
        <transaction><transaction-date iso-date="{future}"/>
            <value value-date="{future}">1</value></transaction>
    </iati-activity></iati-activities>""".encode()
    ids = {f["id"] for f in evaluate(document, RULESET, id_sets=ID_SETS)}
    assert {"11.2.1", "11.2.2"} <= ids


def test_the_evaluator_catches_the_placeholder_identifier_and_a_long_budget(
    client, projects, settings
):
    settings.ATNET_IATI_ORG_REF = ""
    assert "1.14.8" in {f["id"] for f in _failures(client)}
    document = b"""<iati-activities><iati-activity><budget>
        <period-start iso-date="2024-01-01"/><period-end iso-date="2025-06-30"/>
    </budget></iati-activity></iati-activities>"""
    ids = {f["id"] for f in evaluate(document, RULESET, id_sets=ID_SETS)}
    assert "7.5.3" in ids


def test_budgets_are_split_into_periods_of_at_most_a_year_adding_up_to_the_total():
    periods = budget_periods(dt.date(2024, 3, 1), dt.date(2026, 8, 31), Decimal("90000"))
    assert [(a.isoformat(), b.isoformat()) for a, b, _ in periods] == [
        ("2024-03-01", "2025-02-28"),
        ("2025-03-01", "2026-02-28"),
        ("2026-03-01", "2026-08-31"),
    ]
    assert sum(amount for _, _, amount in periods) == Decimal("90000")


@pytest.mark.parametrize(
    ("ref", "ok"),
    [(ORG_REF, True), ("XX-ATNET", False), ("", False), ("MD-IDNO 123", False)],
)
def test_the_reporting_identifier_needs_a_registration_agency_prefix(ref, ok):
    assert (org_ref_problem(ref) == "") is ok
