import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from atnet.core.testing import page_queries_cold
from atnet.geo.models import AdministrativeUnit
from atnet.network.tests.factories import OrganisationFactory
from atnet.portal.services import page_translation_save
from atnet.projects.demo import demo_load
from atnet.projects.models import (
    ProjectIndicator,
    ProjectPage,
    ProjectPartner,
    ProjectTransaction,
    TransactionType,
)

from .factories import ProjectPageFactory


@pytest.fixture
def projects(project_index):
    unit = AdministrativeUnit.objects.get
    return {
        "cahul": ProjectPageFactory(
            parent=project_index, title="Proiect Cahul", units=[unit(code="MD-CA")], level="local"
        ),
        "balti": ProjectPageFactory(
            parent=project_index,
            title="Proiect Bălți",
            units=[unit(code="MD-BA")],
            domains=["gender_equality_dv"],
            status="completed",
        ),
    }


def _titles(response) -> list[str]:
    return [item.title for item in response.context["items"]]


def test_the_list_filters_by_domain_status_level_and_region(client, projects):
    assert _titles(client.get("/ro/projects/?domain=gender_equality_dv")) == ["Proiect Bălți"]
    assert _titles(client.get("/ro/projects/?status=completed")) == ["Proiect Bălți"]
    assert _titles(client.get("/ro/projects/?level=local")) == ["Proiect Cahul"]
    assert _titles(client.get("/ro/projects/?region=south")) == ["Proiect Cahul"]


def test_a_bad_filter_is_ignored_with_a_message(client, projects):
    response = client.get("/ro/projects/?status=nonsense")
    assert response.status_code == 200 and len(_titles(response)) == 2
    assert 'class="error"' in response.content.decode()


def test_a_region_page_lists_the_projects_there(client, projects):
    assert _titles(client.get("/ro/projects/region/north/")) == ["Proiect Bălți"]
    assert _titles(client.get("/ro/projects/region/MD-CA/")) == ["Proiect Cahul"]
    assert client.get("/ro/projects/region/atlantis/").status_code == 404


def test_a_project_page_shows_partners_results_and_links_its_units(client, projects):
    project = projects["cahul"]
    organisation = OrganisationFactory(name_ro="Asociația Test")
    ProjectPartner.objects.create(project=project, organisation=organisation, role="funder")
    ProjectIndicator.objects.create(
        project=project, result="Rezultat", indicator="Persoane", baseline=0, target=50, actual=20
    )
    body = client.get(project.url).content.decode()
    assert "Asociația Test" in body and "Persoane" in body
    assert 'href="/ro/projects/region/MD-CA/"' in body


def _paid(type_, amount, currency, day=dt.date(2025, 3, 1)):
    return ProjectTransaction(type=type_, date=day, amount=Decimal(amount), currency=currency)


def test_a_project_page_shows_committed_and_disbursed_totals_per_currency(client, project_index):
    future = timezone.localdate() + dt.timedelta(days=5)
    page = ProjectPageFactory(
        parent=project_index,
        transactions=[
            _paid("2", "40000", "EUR"),
            _paid("2", "10000", "USD"),
            _paid("3", "15000", "EUR"),
            _paid("3", "5000.50", "EUR"),
            _paid("3", "9999", "EUR", day=future),  # not a fact yet, as in the export
            _paid("11", "777", "EUR"),  # the same money seen from the receiver: not added
        ],
    )
    body = client.get(page.url).content.decode()
    assert "<dt>Angajat</dt><dd>40.000 EUR; 10.000 USD</dd>" in body
    assert "<dt>Plătit</dt><dd>20.000,50 EUR</dd>" in body
    assert "777" not in body and "9.999" not in body and "25.000" not in body


def test_a_translated_page_shows_the_totals_of_the_romanian_page(client, project_index):
    page = ProjectPageFactory(parent=project_index, transactions=[_paid("3", "1000", "MDL")])
    english = page_translation_save(
        page=page, language="en", fields={"transactions": [_paid("3", "1", "MDL")]}
    )
    russian = page_translation_save(page=page, language="ru", fields={})
    assert "<dt>Disbursed</dt><dd>1,000 MDL</dd>" in client.get(english.url).content.decode()
    assert "<dt>Выплачено</dt>" in client.get(russian.url).content.decode()


def test_a_page_without_transactions_shows_no_totals(client, projects):
    body = client.get(projects["cahul"].url).content.decode()
    assert "Angajat" not in body and "Plătit" not in body


def test_the_list_runs_the_same_number_of_queries_for_5_or_50_projects(client, project_index):
    organisation = OrganisationFactory()
    units = list(AdministrativeUnit.objects.all()[:2])

    def count():
        return page_queries_cold(client, "/ro/projects/?region=south")

    def add(number):
        for _index in range(number):
            ProjectPageFactory(
                parent=project_index, units=units, partners=[(organisation, "funder")]
            )

    add(5)
    few = count()
    add(45)
    assert count() == few


def test_the_site_search_finds_a_project_by_its_partner(client, project_index):
    organisation = OrganisationFactory(name_ro="Fundația Șansă")
    ProjectPageFactory(parent=project_index, slug="p", partners=[(organisation, "funder")])
    body = client.get("/ro/search/", {"q": "fundatia sansa"}).content.decode()
    assert 'href="/ro/projects/p/"' in body


def test_the_api_lists_projects_with_partners_and_indicators(client, projects):
    data = client.get("/api/v1/projects?lang=ro&region=north").json()
    assert [item["title"] for item in data["items"]] == ["Proiect Bălți"]
    assert data["items"][0]["domains"] == ["gender_equality_dv"]
    assert client.get("/api/v1/projects?domain=bogus").status_code == 422


def test_the_demo_loads_example_projects_in_three_languages_once(home):
    from atnet.network.demo import demo_load as network_demo

    network_demo()
    assert demo_load() == {"projects": 4}
    demo_load()
    for language in ("ro", "en", "ru"):
        assert ProjectPage.objects.filter(locale__language_code=language).count() == 4
    project = ProjectPage.objects.get(
        locale__language_code="ru", slug="exemplu-prevenire-scoli-nord"
    )
    assert project.partners.count() == 3 and project.indicators.count() == 2
    assert "(пример)" not in project.title


def test_the_demo_projects_record_payments_within_their_budget_and_never_in_the_future(home):
    from atnet.network.demo import demo_load as network_demo

    network_demo()
    demo_load()
    funded = ProjectPage.objects.filter(locale__language_code="ro", transactions__isnull=False)
    assert funded.distinct().count() >= 2
    for project in funded.distinct():
        transactions = list(project.transactions.all())
        committed = sum(
            t.amount for t in transactions if t.type == TransactionType.OUTGOING_COMMITMENT
        )
        paid = sum(t.amount for t in transactions if t.type == TransactionType.DISBURSEMENT)
        assert 0 < paid <= committed <= project.budget
        assert {t.currency for t in transactions} == {project.currency}
        assert all(t.date <= timezone.localdate() for t in transactions)
        assert all(t.provider_id and t.receiver_id for t in transactions)
