import datetime as dt

from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from atnet.portal.services import page_translation_save
from atnet.portal.translation_status import translation_groups, translation_rows

from .factories import NewsPageFactory


def _states(rows, title):
    row = next(row for row in rows if row.source.title == title)
    return {cell.language: cell.state for cell in row.cells}


def test_it_tells_missing_draft_stale_and_current(news_index):
    article = NewsPageFactory(parent=news_index, title="Sursa")
    english = page_translation_save(page=article, language="en", fields={"title": "Source"})
    page_translation_save(page=article, language="ru", fields={"title": "Источник"}, publish=False)
    assert _states(translation_rows(translation_groups()), "Sursa") == {
        "ro": "current",
        "en": "current",
        "ru": "draft",
    }
    type(english).objects.filter(pk=english.pk).update(
        last_published_at=timezone.now() - dt.timedelta(days=2)
    )
    alone = NewsPageFactory(parent=news_index, title="Singur")
    rows = translation_rows(translation_groups())
    assert _states(rows, "Sursa")["en"] == "stale"
    assert _states(rows, "Singur") == {"ro": "current", "en": "missing", "ru": "missing"}
    assert alone.pk in [row.source.pk for row in rows]


def test_the_problem_filter_hides_complete_pages(news_index):
    complete = NewsPageFactory(parent=news_index, title="Complet")
    for language in ("en", "ru"):
        page_translation_save(page=complete, language=language, fields={"title": f"C {language}"})
    NewsPageFactory(parent=news_index, title="Incomplet")
    titles = [row.source.title for row in translation_rows(translation_groups(only_problems=True))]
    assert "Incomplet" in titles
    assert "Complet" not in titles


def test_the_admin_view_lists_pages_for_staff_only(admin_client, news_index):
    NewsPageFactory(parent=news_index, title="Știre netradusă")
    assert Client().get("/admin/translation-status/").status_code == 302
    response = admin_client.get("/admin/translation-status/?problems=1&q=netradus")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    row = next(tr for tr in soup.select("tbody tr") if "Știre netradusă" in tr.text)
    assert [td["data-state"] for td in row.select("td")] == ["current", "missing", "missing"]
