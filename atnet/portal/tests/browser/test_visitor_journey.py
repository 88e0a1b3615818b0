"""A visitor in Russian, on a phone: a help service in her raion, a law, a certificate code.

Arranged first: the help directory with a service in Cahul, the legislation
index (in the menu) with one act, and a certificate. Then only the interface:
the header's help link, the filters, the menu, the verification form.
"""

import pytest
from playwright.sync_api import expect

from atnet.geo.models import AdministrativeUnit
from atnet.helpdirectory.models import ServiceKind
from atnet.helpdirectory.tests.factories import HelpIndexFactory, HelpServiceFactory
from atnet.legislation.tests.factories import ActPageFactory, LegislationIndexFactory
from atnet.portal.services import page_translation_save
from atnet.trainings.models import Certificate
from atnet.trainings.tests.factories import EnrolmentFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def public_site(home):
    help_index = HelpIndexFactory(parent=home)
    page_translation_save(page=help_index, language="ru", fields={"title": "Где получить помощь"})
    shelter = HelpServiceFactory(
        parent=help_index, title="Adăpost Cahul (exemplu)", kind=ServiceKind.SHELTER,
        units=[AdministrativeUnit.objects.get(code="MD-CA")], phones=["+373 00 000 003"],
        is_example=True,
    )  # fmt: skip
    HelpServiceFactory(
        parent=help_index, title="Linie Bălți (exemplu)",
        units=[AdministrativeUnit.objects.get(code="MD-BA")], phones=["+373 00 000 002"],
        is_example=True,
    )  # fmt: skip
    page_translation_save(page=shelter, language="ru", fields={"title": "Приют Кагул (пример)"})
    laws = LegislationIndexFactory(parent=home, show_in_menus=True)
    page_translation_save(page=laws, language="ru", fields={"title": "Законодательство"})
    act = ActPageFactory(parent=laws, slug="lege-2005", title="Legea 241/2005", year=2005)
    page_translation_save(page=act, language="ru", fields={"title": "Закон о торговле людьми"})
    return Certificate.objects.create(enrolment=EnrolmentFactory(), issued_on="2025-03-11")


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}])
def test_a_visitor_in_russian_finds_help_reads_a_law_and_checks_a_certificate(
    browser, live_server, public_site, viewport
):
    context = browser.new_context(viewport=viewport, locale="ru-RU")
    page = context.new_page()
    page.goto(f"{live_server.url}/ru/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")

    # Help in her raion, with a number to tap.
    page.locator(".help-link").click()
    page.select_option("select[name=unit]", value="MD-CA")
    page.locator("main form button[type=submit]").first.click()
    services = page.locator("article.service")
    expect(services).to_have_count(1)
    expect(services).to_contain_text("Приют Кагул")
    expect(services.locator("a.phone")).to_have_attribute("href", "tel:+37300000003")

    # A law, from the menu (behind its button on a phone).
    if page.locator(".menu-toggle").is_visible():
        page.locator(".menu-toggle").click()
    page.locator("#main-menu").get_by_role("link", name="Законодательство").click()
    page.get_by_role("link", name="Закон о торговле людьми").click()
    expect(page.locator("h1")).to_have_text("Закон о торговле людьми")

    # The code printed on a certificate.
    page.goto(f"{live_server.url}/ru/trainings/verify/")
    page.locator("input[name=code]").fill(public_site.code)
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".verification.valid")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    context.close()
