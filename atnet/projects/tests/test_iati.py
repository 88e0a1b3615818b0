import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from atnet.network.tests.factories import OrganisationFactory
from atnet.portal.services import page_translation_save
from atnet.projects.iati import _shares
from atnet.projects.models import ProjectIndicator, ProjectTransaction

from .factories import ProjectPageFactory

LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture
def project(project_index):
    from atnet.geo.models import AdministrativeUnit

    funder, implementer, beneficiary = OrganisationFactory.create_batch(3)
    page = ProjectPageFactory(
        parent=project_index,
        title="Prevenirea traficului",
        domains=["trafficking_prevention", "capacity_building", "migration_policy"],
        units=[AdministrativeUnit.objects.get(code="MD-CA")],
        partners=[(funder, "funder"), (implementer, "implementer"), (beneficiary, "beneficiary")],
        budget=Decimal("45000"),
        currency="EUR",
        actual_start=dt.date(2025, 2, 1),
        indicators=[
            ProjectIndicator(
                result="Elevi informați",
                indicator="Elevi",
                baseline=0,
                baseline_year=2024,
                target=100,
                actual=120,
            )
        ],
    )
    page_translation_save(
        page=page,
        language="en",
        fields={
            "title": "Preventing trafficking",
            "indicators": [
                ProjectIndicator(result="Pupils informed", indicator="Pupils", target=100)
            ],
        },
    )
    page_translation_save(
        page=page, language="ru", fields={"title": "Предупреждение торговли людьми"}
    )
    return page


def _export(client) -> bytes:
    response = client.get("/api/v1/projects/iati-activities.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return response.content


def test_the_export_is_valid_iati_2_03(client, project, iati_schema):
    iati_schema.validate(_export(client).decode())


def test_the_export_is_also_served_on_the_public_site(client, project, iati_schema):
    response = client.get("/en/projects/iati-activities.xml")
    iati_schema.validate(response.content.decode())


def test_one_activity_per_project_with_a_narrative_per_language(client, project):
    root = ET.fromstring(_export(client))
    activities = root.findall("iati-activity")
    assert len(activities) == 1
    titles = {n.get(LANG): n.text for n in activities[0].find("title")}
    assert titles == {
        "ro": "Prevenirea traficului",
        "en": "Preventing trafficking",
        "ru": "Предупреждение торговли людьми",
    }
    result_titles = {n.get(LANG) for n in activities[0].find("result/title")}
    assert result_titles == {"ro", "en", "ru"}


def test_domains_are_a_custom_sector_vocabulary_adding_up_to_100(client, project):
    sectors = ET.fromstring(_export(client)).findall("iati-activity/sector[@vocabulary='99']")
    assert len(sectors) == 3
    assert sum(Decimal(sector.get("percentage")) for sector in sectors) == 100
    dac = ET.fromstring(_export(client)).findall("iati-activity/sector[@vocabulary='1']")
    assert {sector.get("code") for sector in dac} == {"15160", "15130", "15190"}
    assert sum(Decimal(sector.get("percentage")) for sector in dac) == 100
    assert sectors[0].get("vocabulary-uri").endswith("/api/v1/projects/domains")
    codes = {item["code"] for item in client.get("/api/v1/projects/domains").json()}
    assert {sector.get("code") for sector in sectors} <= codes and len(codes) == 7


def test_roles_map_to_iati_and_beneficiaries_to_target_groups(client, project):
    activity = ET.fromstring(_export(client)).find("iati-activity")
    assert [org.get("role") for org in activity.findall("participating-org")] == ["1", "4"]
    assert activity.find("description[@type='3']") is not None
    assert activity.find("activity-status").get("code") == "2"


def test_unpublished_projects_are_not_exported(client, project, project_index, iati_schema):
    draft = ProjectPageFactory(parent=project_index, title="Ciornă")
    draft.unpublish()
    activities = ET.fromstring(_export(client)).findall("iati-activity")
    assert len(activities) == 1


@pytest.mark.parametrize(("count", "shares"), [(1, ["100.00"]), (3, ["33.33", "33.33", "33.34"])])
def test_shares_add_up_to_exactly_100(count, shares):
    assert [str(share) for share in _shares(count)] == shares


@pytest.fixture
def funded_project(project_index):
    funder, implementer = OrganisationFactory.create_batch(2, type="international")
    page = ProjectPageFactory(
        parent=project_index,
        title="Servicii pentru victime",
        partners=[(funder, "funder"), (implementer, "implementer")],
        budget=Decimal("20000"),
        currency="EUR",
        planned_start=dt.date(2024, 1, 1),
        planned_end=dt.date(2024, 12, 31),
        transactions=[
            ProjectTransaction(
                type="3",
                date=dt.date(2024, 4, 2),
                amount=Decimal("5000"),
                currency="USD",
                description="Prima tranșă",
                provider=funder,
                receiver=implementer,
            ),
            ProjectTransaction(
                type="2", date=dt.date(2024, 1, 10), amount=Decimal("20000"), provider=funder
            ),
        ],
    )
    # A translation's copy edited by mistake: the export keeps the Romanian figures.
    page_translation_save(
        page=page,
        language="en",
        fields={
            "title": "Services for victims",
            "transactions": [
                ProjectTransaction(type="3", date=dt.date(2024, 5, 1), amount=Decimal("1"))
            ],
        },
    )
    return page, funder, implementer


def test_transactions_follow_the_budget_and_precede_the_document_links(
    client, funded_project, iati_schema
):
    document = _export(client)
    iati_schema.validate(document.decode())
    tags = [child.tag for child in ET.fromstring(document).find("iati-activity")]
    assert tags.index("transaction") > max(i for i, tag in enumerate(tags) if tag == "budget")
    assert max(i for i, tag in enumerate(tags) if tag == "transaction") < tags.index(
        "document-link"
    )


def test_transactions_come_from_the_romanian_page_in_date_order(client, funded_project):
    _page, funder, implementer = funded_project
    transactions = ET.fromstring(_export(client)).findall("iati-activity/transaction")
    assert [t.find("transaction-type").get("code") for t in transactions] == ["2", "3"]
    commitment, disbursement = transactions
    assert commitment.find("transaction-date").get("iso-date") == "2024-01-10"
    assert commitment.find("value").attrib == {"currency": "EUR", "value-date": "2024-01-10"}
    assert commitment.find("value").text == "20000.00"
    assert commitment.find("receiver-org") is None and commitment.find("description") is None
    assert disbursement.find("value").attrib == {"currency": "USD", "value-date": "2024-04-02"}
    assert disbursement.find("description/narrative").attrib == {LANG: "ro"}
    assert disbursement.find("description/narrative").text == "Prima tranșă"
    provider = disbursement.find("provider-org")
    assert provider.get("type") == "40"
    assert {n.get(LANG): n.text for n in provider} == {
        "ro": funder.name_ro,
        "en": funder.name_en,
        "ru": funder.name_ru,
    }
    receiver = {n.get(LANG): n.text for n in disbursement.find("receiver-org")}
    assert receiver["ro"] == implementer.name_ro
