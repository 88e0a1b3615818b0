import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from atnet.core.testing import page_queries_cold
from atnet.geo.models import AdministrativeUnit
from atnet.helpdirectory.demo import demo_load
from atnet.helpdirectory.models import ServiceKind, ServiceStatus
from atnet.portal.services import page_translation_save

from .factories import HelpServiceFactory

PAGE_WEIGHT_LIMIT = 100 * 1024


@pytest.fixture
def services(help_index):
    unit = AdministrativeUnit.objects.get
    return {
        "national": HelpServiceFactory(
            parent=help_index, title="Linie națională", nationwide=True, phones=["+373 00 000 001"]
        ),
        "north": HelpServiceFactory(
            parent=help_index, title="Linie Nord", units=[unit(code="MD-BA"), unit(code="MD-SO")]
        ),
        "south": HelpServiceFactory(
            parent=help_index,
            title="Adăpost Sud",
            kind=ServiceKind.SHELTER,
            units=[unit(code="MD-CA")],
        ),
        "closed": HelpServiceFactory(
            parent=help_index, title="Închis", nationwide=True, status=ServiceStatus.CLOSED
        ),
    }


def _titles(client, url) -> list[str]:
    return [service.title for service in client.get(url).context["items"]]


def test_a_region_shows_its_own_and_the_national_services_once(client, services):
    assert _titles(client, "/ro/get-help/?region=north") == ["Linie națională", "Linie Nord"]


def test_a_district_and_a_kind_narrow_the_list(client, services):
    assert _titles(client, "/ro/get-help/?unit=MD-CA") == ["Linie națională", "Adăpost Sud"]
    assert _titles(client, "/ro/get-help/?kind=shelter") == ["Adăpost Sud"]


def test_closed_services_are_not_listed(client, services):
    assert "Închis" not in _titles(client, "/ro/get-help/")


def test_a_bad_filter_is_reported_and_ignored(client, services):
    response = client.get("/ru/get-help/?region=mars")
    assert response.status_code == 200
    assert response.context["filters"] == {}
    assert 'class="error"' in response.content.decode()


def test_phones_are_tel_links_and_examples_are_labelled(client, services):
    services["national"].is_example = True
    services["national"].save_revision().publish()
    body = client.get("/ro/get-help/").content.decode()
    assert '<a class="phone" href="tel:+37300000001">+373 00 000 001</a>' in body
    assert body.count('class="example-label"') == 1
    assert '<a href="tel:112">112</a>' in body


def test_the_short_address_leads_to_the_directory_in_the_visitors_language(client, services):
    page_translation_save(page=services["north"], language="ru", fields={"title": "Линия Север"})
    response = client.get("/ru/help/?region=north")
    assert response.status_code == 302
    assert response["Location"] == "/ru/get-help/?region=north"


def test_the_short_address_still_gives_the_emergency_number_without_a_directory(client, home):
    response = client.get("/ro/help/")
    assert response.status_code == 200
    assert 'href="tel:112"' in response.content.decode()


def test_every_page_links_to_the_directory(client, home):
    assert 'class="help-link" href="/en/help/"' in client.get("/en/").content.decode()


def test_the_list_runs_the_same_number_of_queries_for_5_or_50_services(client, help_index):
    units = list(AdministrativeUnit.objects.all()[:3])

    def count():
        return page_queries_cold(client, "/ro/get-help/?region=north")

    def add(number):
        for _index in range(number):
            HelpServiceFactory(parent=help_index, nationwide=True, units=units, phones=["1", "2"])

    add(5)
    few = count()
    add(45)
    assert count() == few


def _page_weight(client, url: str) -> int:
    """Bytes of the HTML plus every stylesheet and script it loads (images excluded)."""
    html = client.get(url, follow=True).content
    assets = re.findall(rb'<(?:link rel="stylesheet" href|script src)="/static/([^"?]+)"', html)
    assert assets, "the page loads no CSS or JS: the measure would be meaningless"
    return len(html) + sum(Path(finders.find(asset.decode())).stat().st_size for asset in assets)


def test_the_help_page_weighs_under_100_kb_without_images(client, home):
    demo_load()
    for language in ("ro", "en", "ru"):
        weight = _page_weight(client, f"/{language}/help/")
        assert weight < PAGE_WEIGHT_LIMIT, f"{language}: {weight} bytes"


def test_the_site_search_finds_a_service_without_diacritics(client, help_index):
    HelpServiceFactory(
        parent=help_index, title="Centru", slug="centru", description="Asistență juridică."
    )
    body = client.get("/ro/search/", {"q": "asistenta juridica"}).content.decode()
    assert 'href="/ro/get-help/centru/"' in body
