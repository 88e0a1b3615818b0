import pytest
from playwright.sync_api import expect

from atnet.legislation.models import ActStatus, ActType
from atnet.legislation.tests.factories import ActPageFactory, LegislationIndexFactory
from atnet.portal.services import page_translation_save

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def acts(home):
    index = LegislationIndexFactory(parent=home)
    page_translation_save(page=index, language="ru", fields={"title": "Законодательство"})
    for slug, title_ru, fields in (
        ("vf", "Закон о предупреждении и пресечении насилия в семье", {}),
        ("plan", "Национальный план действий 2008–2009", {"act_type": ActType.ACTION_PLAN}),
        ("lege-2005", "Закон о торговле людьми", {"year": 2005}),
        (
            "draft",
            "Проект закона о дискриминации",
            {"act_type": ActType.DRAFT_LAW, "status": ActStatus.DRAFT},
        ),
    ):
        act = ActPageFactory(parent=index, slug=slug, title=f"ro {slug}", **fields)
        page_translation_save(page=act, language="ru", fields={"title": title_ru})


def test_a_russian_visitor_filters_adopted_laws_of_2008_and_opens_one(page, live_server, acts):
    page.goto(f"{live_server.url}/ru/legislation/")
    page.get_by_label("Тип").select_option(label="Закон")
    page.get_by_label("Статус").select_option(label="Принят")
    page.get_by_label("Год").fill("2008")
    page.get_by_role("button", name="Фильтровать").click()
    results = page.locator(".act-list h2 a")
    expect(results).to_have_count(1)
    expect(results).to_have_text("Закон о предупреждении и пресечении насилия в семье")
    results.click()
    expect(page).to_have_url(f"{live_server.url}/ru/legislation/vf/")
    expect(page.locator("h1")).to_have_text("Закон о предупреждении и пресечении насилия в семье")
    expect(page.locator("#timeline")).to_have_text("Хронология")
