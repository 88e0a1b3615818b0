from atnet.geo.models import AdministrativeUnit

from .factories import HelpServiceFactory


def test_the_api_lists_services_by_region_with_tel_numbers(client, help_index):
    HelpServiceFactory(
        parent=help_index, title="Național", nationwide=True, phones=["+373 00 000 001"]
    )
    HelpServiceFactory(
        parent=help_index, title="Cahul", units=[AdministrativeUnit.objects.get(code="MD-CA")]
    )
    data = client.get("/api/v1/help-services?lang=ro&region=north").json()
    assert [item["name"] for item in data["items"]] == ["Național"]
    assert data["items"][0]["phones"] == [
        {"number": "+373 00 000 001", "label": "", "tel": "+37300000001"}
    ]
    south = client.get("/api/v1/help-services?lang=ro&unit=MD-CA").json()
    assert {item["name"] for item in south["items"]} == {"Național", "Cahul"}
    assert south["items"][1]["unit_codes"] == ["MD-CA"] or south["items"][0]["unit_codes"] == [
        "MD-CA"
    ]


def test_the_api_rejects_an_unknown_kind(client, help_index):
    assert client.get("/api/v1/help-services?kind=magic").status_code == 422
