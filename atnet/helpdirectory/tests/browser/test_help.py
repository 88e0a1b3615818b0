import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from atnet.geo.models import AdministrativeUnit
from atnet.helpdirectory.models import ServiceKind
from atnet.helpdirectory.tests.factories import HelpIndexFactory, HelpServiceFactory
from atnet.portal.services import page_translation_save

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def directory(home):
    index = HelpIndexFactory(parent=home)
    page_translation_save(page=index, language="ru", fields={"title": "Где получить помощь"})
    HelpServiceFactory(
        parent=index,
        title="Linie de sprijin Nord (exemplu)",
        units=[AdministrativeUnit.objects.get(code="MD-BA")],
        phones=["+373 00 000 002"],
        is_example=True,
        free=True,
    )
    HelpServiceFactory(
        parent=index,
        title="Adăpost Cahul (exemplu)",
        kind=ServiceKind.SHELTER,
        units=[AdministrativeUnit.objects.get(code="MD-CA")],
        phones=["+373 00 000 003"],
        is_example=True,
    )
    return index


def test_a_visitor_on_a_360_px_phone_finds_a_hotline_for_their_region(
    browser, live_server, directory
):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="ro-RO")
    page = context.new_page()
    page.goto(f"{live_server.url}/ro/")
    page.locator(".help-link").click()
    expect(page).to_have_url(f"{live_server.url}/ro/get-help/")
    page.get_by_label("Regiunea").select_option(label="Nord")
    page.get_by_label("Tipul de ajutor").select_option(label="Linie fierbinte")
    page.get_by_role("button", name="Afișați serviciile").click()
    services = page.locator("article.service")
    expect(services).to_have_count(1)
    expect(services.locator("h3")).to_have_text("Linie de sprijin Nord (exemplu)")
    phone = services.locator("a.phone")
    expect(phone).to_have_attribute("href", "tel:+37300000002")
    expect(phone).to_be_visible()
    expect(services.locator(".example-label")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


@pytest.mark.parametrize(
    "path", ["/ro/get-help/", "/ru/get-help/?region=north", "/ro/help/?kind=shelter"]
)
def test_help_pages_have_no_serious_accessibility_violation(page, live_server, directory, path):
    page.goto(f"{live_server.url}{path}")
    violations = Axe().run(page).response["violations"]
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
