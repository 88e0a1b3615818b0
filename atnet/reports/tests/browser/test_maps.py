"""The maps in Chromium: a raion's link lists its services; the figures page fits a phone."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from atnet.geo.models import AdministrativeUnit
from atnet.helpdirectory.tests.factories import HelpIndexFactory, HelpServiceFactory
from atnet.network.models import NetworkDirectoryPage
from atnet.network.tests.factories import OrganisationFactory
from atnet.reports.demo import demo_load
from atnet.reports.models import FiguresPage

from ..conftest import YEAR

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _serious(tab) -> list:
    violations = Axe().run(tab).response["violations"]
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def test_clicking_a_raion_on_the_help_map_lists_its_services(page, live_server, home):
    unit = AdministrativeUnit.objects.get
    index = HelpIndexFactory(parent=home)
    HelpServiceFactory(parent=index, title="Adăpost Cahul", units=[unit(code="MD-CA")])
    HelpServiceFactory(parent=index, title="Linie Nord", units=[unit(code="MD-BA")])
    page.goto(f"{live_server.url}{index.url}")
    expect(page.locator("article.service")).to_have_count(2)
    page.locator('#map-services-svg path[data-unit="MD-CA"]').click()
    expect(page).to_have_url(f"{live_server.url}{index.url}?unit=MD-CA")
    expect(page.locator("article.service")).to_have_count(1)
    expect(page.locator("article.service h3")).to_have_text("Adăpost Cahul")
    assert _serious(page) == []


def test_the_network_directory_map_is_accessible(page, live_server, home):
    directory = NetworkDirectoryPage(title="Rețeaua", slug="network")
    home.add_child(instance=directory)
    OrganisationFactory(regions=[AdministrativeUnit.objects.get(code="MD-CA")])
    page.goto(f"{live_server.url}/ro/network/")
    expect(page.locator("#map-organisations-svg")).to_be_visible()
    assert _serious(page) == []


@pytest.mark.parametrize(("width", "language"), [(390, "ru"), (1280, "en")])
def test_the_figures_page_shows_its_map_and_charts_accessibly_without_horizontal_scroll(
    browser, live_server, pages, width, language
):
    demo_load()
    url = FiguresPage.objects.get(locale__language_code=language).url
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.goto(f"{live_server.url}{url}?year={YEAR}")
    for selector in ("#map-meetings-svg", "#map-trained-svg", "#chart-meetings-by-region",
                     "#chart-meetings-by-month"):  # fmt: skip
        tab.locator(selector).scroll_into_view_if_needed()
        expect(tab.locator(selector)).to_be_visible()
        box = tab.locator(selector).bounding_box()
        assert box["width"] > 100 and box["x"] >= 0 and box["x"] + box["width"] <= width + 1
    assert tab.evaluate("document.documentElement.scrollWidth") <= width
    assert _serious(tab) == []
    context.close()
