import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from atnet.network.tests.factories import OrganisationFactory
from atnet.portal.services import page_translation_save
from atnet.projects.iati import _shares
from atnet.projects.models import ProjectIndicator

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
