from atnet.legislation.models import ActContribution, ActDocument

from .factories import ActPageFactory


def test_the_api_lists_acts_of_a_language_with_filters(client, legislation_index):
    act = ActPageFactory(parent=legislation_index, title="Legea 2008", slug="l8")
    ActPageFactory(parent=legislation_index, title="Legea 2005", slug="l5", year=2005)
    ActContribution.objects.create(act=act, partner="ODIHR", contribution="expert review")
    ActDocument.objects.create(
        act=act, language="ru", title="Закон", link="https://example.org/ru.pdf", unofficial=True
    )
    data = client.get("/api/v1/legislation?lang=ro&year=2008").json()
    assert [item["title"] for item in data["items"]] == ["Legea 2008"]
    item = data["items"][0]
    assert item["contributions"] == [{"partner": "ODIHR", "contribution": "expert review"}]
    assert item["documents"][0]["unofficial_translation"] is True
    assert item["language"] == "ro" and item["number"] == ""


def test_the_api_rejects_an_unknown_status(client, legislation_index):
    assert client.get("/api/v1/legislation?status=bogus").status_code == 422


def test_one_act_by_id(client, legislation_index):
    act = ActPageFactory(parent=legislation_index, title="Legea", slug="l")
    assert client.get(f"/api/v1/legislation/{act.pk}").json()["title"] == "Legea"
    assert client.get("/api/v1/legislation/999999").status_code == 404
