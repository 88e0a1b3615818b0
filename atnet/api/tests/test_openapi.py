import datetime as dt

from openapi_spec_validator import validate

from atnet.portal.services import page_translation_save
from atnet.portal.tests.factories import EventPageFactory, NewsPageFactory


def test_the_openapi_document_is_valid_and_describes_every_endpoint(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    assert document["openapi"].startswith("3.")
    assert {"/api/v1/news", "/api/v1/news/{news_id}", "/api/v1/events"} <= set(document["paths"])


def test_news_are_paginated_and_in_the_requested_language(client, news_index, settings):
    articles = [NewsPageFactory(parent=news_index) for _ in range(25)]
    page_translation_save(page=articles[0], language="en", fields={"title": "In English"})
    first = client.get("/api/v1/news?lang=ro").json()
    second = client.get("/api/v1/news?lang=ro&page=2").json()
    assert (first["count"], len(first["items"]), len(second["items"])) == (25, 20, 5)
    english = client.get("/api/v1/news?lang=en").json()
    assert [item["title"] for item in english["items"]] == ["In English"]
    assert english["items"][0]["url"].startswith("http://testserver/en/news/")


def test_the_language_follows_accept_language_by_default(client, news_index):
    article = NewsPageFactory(parent=news_index, title="Română")
    page_translation_save(page=article, language="ru", fields={"title": "Русский"})
    items = client.get("/api/v1/news", HTTP_ACCEPT_LANGUAGE="ru").json()["items"]
    assert [item["title"] for item in items] == ["Русский"]


def test_bad_input_is_a_4xx(client, news_index):
    assert client.get("/api/v1/news?lang=de").status_code == 422
    assert client.get("/api/v1/news?page=abc").status_code == 422
    assert client.get("/api/v1/news/999999").status_code == 404


def test_events_carry_region_and_times(client, event_index):
    from atnet.geo.models import AdministrativeUnit

    start = dt.datetime(2027, 6, 1, 7, 0, tzinfo=dt.UTC)
    EventPageFactory(
        parent=event_index, start=start, unit=AdministrativeUnit.objects.get(code="MD-CA")
    )
    item = client.get("/api/v1/events?lang=ro").json()["items"][0]
    assert (item["unit_code"], item["development_region"]) == ("MD-CA", "south")
    assert dt.datetime.fromisoformat(item["start"]) == start
