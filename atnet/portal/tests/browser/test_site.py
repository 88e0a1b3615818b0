import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from atnet.portal.services import page_translation_save
from atnet.portal.tests.factories import (
    EventIndexFactory,
    EventPageFactory,
    NewsIndexFactory,
    NewsPageFactory,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def site(home):
    """A small trilingual site: news with an article about Chișinău, and an event."""
    news = NewsIndexFactory(parent=home, title="Noutăți")
    events = EventIndexFactory(parent=home, title="Evenimente")
    for index, (en, ru) in ((news, ("News", "Новости")), (events, ("Events", "События"))):
        page_translation_save(page=index, language="en", fields={"title": en})
        page_translation_save(page=index, language="ru", fields={"title": ru})
    article = NewsPageFactory(
        parent=news,
        slug="sedinta",
        title="Ședința de coordonare de la Chișinău",
        intro="Actorii antitrafic s-au reunit la Chișinău.",
        body=[("paragraph", "<p>Ședința lunară a avut loc la Chișinău.</p>")],
    )
    page_translation_save(
        page=article,
        language="en",
        fields={
            "title": "Coordination meeting in Chișinău",
            "intro": "Actors met in Chișinău.",
        },
    )
    event = EventPageFactory(
        parent=events,
        slug="atelier",
        title="Atelier regional",
        start=timezone.now() + timezone.timedelta(days=5),
    )
    return {"article": article, "event": event}


@pytest.mark.parametrize(
    ("language", "home_link"), [("ro", "Acasă"), ("en", "Home"), ("ru", "Главная")]
)
def test_home_is_served_in_each_language(page, live_server, site, language, home_link):
    page.goto(f"{live_server.url}/{language}/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("#main-menu")).to_contain_text(home_link)
    expect(page.locator(f'.lang-switch a[hreflang="{language}"]')).to_have_attribute(
        "aria-current", "true"
    )


def test_switching_language_on_an_article(page, live_server, site):
    page.goto(f"{live_server.url}/ro/news/sedinta/")
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{live_server.url}/en/news/sedinta/")
    expect(page.locator("h1")).to_have_text("Coordination meeting in Chișinău")
    page.get_by_role("link", name="Русский").click()
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.locator("h1")).to_have_text("Эта страница ещё не переведена")
    page.get_by_role("link", name="Ședința de coordonare de la Chișinău").click()
    expect(page).to_have_url(f"{live_server.url}/ro/news/sedinta/")


@pytest.mark.parametrize("query", ["Chisinau", "Chişinău"])  # plain, and with a cedilla
def test_searching_without_or_with_old_diacritics_finds_the_article(page, live_server, site, query):
    page.goto(f"{live_server.url}/ro/")
    page.get_by_role("searchbox", name="Căutați pe site").fill(query)
    page.keyboard.press("Enter")
    result = page.locator(".search-results h2 a")
    expect(result).to_have_text("Ședința de coordonare de la Chișinău")
    expect(result.locator("mark")).to_have_text("Chișinău")


def _tab_until(page, selector, limit=40):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return True
    return False


def test_menu_and_switcher_work_by_keyboard_alone(page, live_server, site):
    page.goto(f"{live_server.url}/ro/")
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    assert _tab_until(page, '#main-menu a[href="/ro/news/"]')
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/ro/news/")
    assert _tab_until(page, '.lang-switch a[hreflang="en"]')
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/en/news/")


def test_the_small_screen_menu_opens_by_keyboard(browser, live_server, site):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server.url}/ro/")
    expect(page.locator("#main-menu")).to_be_hidden()
    assert _tab_until(page, ".menu-toggle")
    page.keyboard.press("Enter")
    expect(page.locator(".menu-toggle")).to_have_attribute("aria-expanded", "true")
    assert _tab_until(page, '#main-menu a[href="/ro/events/"]')
    page.keyboard.press("Escape")
    expect(page.locator("#main-menu")).to_be_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/ro/",
        "/en/",
        "/ru/",
        "/ro/news/sedinta/",
        "/ro/events/atelier/",
        "/ro/search/?q=Chisinau",
        "/ro/events/",
    ],
)
def test_axe_finds_no_serious_accessibility_violation(page, live_server, site, path):
    page.goto(f"{live_server.url}{path}")
    violations = Axe().run(page).response["violations"]
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_no_page_scrolls_sideways_at_360_pixels(browser, live_server, site):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    for path in ("/ro/", "/ru/", "/ro/news/sedinta/", "/ro/events/", "/ro/search/?q=Chisinau"):
        page.goto(f"{live_server.url}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, (path, width)
    context.close()


def test_focus_is_visible(page, live_server, site):
    page.goto(f"{live_server.url}/ro/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert re.match("solid|auto", outline)
