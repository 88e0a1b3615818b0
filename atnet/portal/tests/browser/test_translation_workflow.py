"""An editor translates an article with wagtail-localize: nothing public until published."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import expect
from wagtail.models import Locale

from atnet.portal.tests.factories import NewsPageFactory
from atnet.portal.tests.test_translation_workflow import ENGLISH, _translate

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _editor_tab(browser, live_server):
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw-unused-3")
    client = Client()
    client.force_login(editor)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ro-RO")
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    return tab


def _translation(article, language):
    return article.get_translation_or_none(Locale.objects.get(language_code=language))


def test_a_translation_is_public_only_once_its_translator_publishes_it(
    browser, live_server, news_index, page
):
    article = NewsPageFactory(parent=news_index, slug="ajutor", title="Ajutor pentru victime")
    article.intro = "Un rezumat."
    article.body = [("paragraph", "<p>Victimele traficului primesc ajutor.</p>")]
    article.save_revision().publish()
    editor = _editor_tab(browser, live_server)

    # "Translate this page" into English and Russian.
    editor.goto(f"{live_server.url}/admin/localize/submit/page/{article.pk}/")
    for box in editor.locator("input[name='locales']").all():
        box.check()
    editor.locator("form input[type='submit']").first.click()
    editor.wait_for_load_state()
    assert _translation(article, "en") is not None and _translation(article, "ru") is not None

    # The visitor sees neither translation: the listings leave it out, its address says so.
    for language in ("en", "ru"):
        page.goto(f"{live_server.url}/{language}/news/")
        expect(page.locator("main")).not_to_contain_text("Ajutor pentru victime")
        page.goto(f"{live_server.url}/{language}/news/ajutor/")
        expect(page).to_have_url(f"{live_server.url}/{language}/not-translated/{article.pk}/")

    # The English segments are translated, then published from the translation editor.
    _translate(article, "en", ENGLISH)
    english = _translation(article, "en")
    editor.goto(f"{live_server.url}/admin/pages/{english.pk}/edit/")
    editor.locator("button[name='action'][value='publish']").click()
    editor.wait_for_load_state()
    english.refresh_from_db()
    assert english.live

    page.goto(f"{live_server.url}/en/news/ajutor/")
    expect(page.locator("article h1")).to_have_text("Help for victims")
    expect(page.locator("article")).to_contain_text("Trafficking victims get help.")
    page.goto(f"{live_server.url}/ru/news/ajutor/")
    expect(page).to_have_url(f"{live_server.url}/ru/not-translated/{article.pk}/")

    editor.goto(f"{live_server.url}/admin/translation-status/?q=Ajutor")
    row = editor.locator("tbody tr", has_text="Ajutor pentru victime")
    expect(row.locator("td[data-language='en']")).to_have_attribute("data-state", "published")
    expect(row.locator("td[data-language='ru']")).to_have_attribute("data-state", "in-progress")
    expect(row.locator("td[data-language='ru']")).to_contain_text("0%")
