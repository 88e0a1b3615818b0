import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from atnet.glossary.tests.factories import GlossaryIndexFactory, TermPageFactory
from atnet.portal.services import page_translation_save

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def glossary(home):
    index = GlossaryIndexFactory(parent=home)
    page_translation_save(page=index, language="ru", fields={"title": "Глоссарий"})
    gender = TermPageFactory(
        parent=index, title="Gen (gender)", slug="gen", definition="Roluri sociale."
    )
    page_translation_save(
        page=gender, language="ru", fields={"title": "Гендер", "definition": "Социальные роли."}
    )
    TermPageFactory(parent=index, title="Egalitatea de gen", slug="egalitate")
    return index


def _serious(page) -> list:
    violations = Axe().run(page).response["violations"]
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("path", ["/ro/glossary/", "/ru/glossary/", "/ro/glossary/gen/"])
def test_glossary_pages_have_no_serious_accessibility_violation(page, live_server, glossary, path):
    page.goto(f"{live_server.url}{path}")
    assert _serious(page) == []


def test_a_letter_leads_to_its_terms(page, live_server, glossary):
    page.goto(f"{live_server.url}/ru/glossary/")
    page.locator(".az").get_by_role("link", name="Г").click()
    page.get_by_role("link", name="Гендер", exact=True).click()
    expect(page.locator("h1")).to_have_text("Гендер")
    expect(page.locator(".term-source")).to_contain_text("OSCE Gender Glossary, 2006")
