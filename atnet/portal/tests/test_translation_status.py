"""The translation status reads wagtail-localize's progress, per page and language."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale
from wagtail_localize.operations import translate_object

from atnet.portal.translation_status import filtered_rows, translation_groups, translation_rows

from .factories import NewsPageFactory, StandardPageFactory
from .test_translation_workflow import ENGLISH, _translate, _translation


def _states(rows, title):
    row = next(row for row in rows if row.source.title == title)
    return {cell.language: (cell.state, cell.percent) for cell in row.cells}


def _all_rows(user):
    return translation_rows(translation_groups(user=user), user=user)


@pytest.fixture
def article(news_index, admin_user):
    page = NewsPageFactory(parent=news_index, slug="ajutor", title="Ajutor pentru victime")
    page.intro = "Un rezumat."
    page.body = [("paragraph", "<p>Victimele traficului primesc ajutor.</p>")]
    page.save_revision().publish()
    translate_object(page, list(Locale.objects.exclude(language_code="ro")), user=admin_user)
    return page


def test_the_states_follow_the_translations_segments(
    article, news_index, admin_user, django_capture_on_commit_callbacks
):
    alone = NewsPageFactory(parent=news_index, title="Singur")
    rows = _all_rows(admin_user)
    assert _states(rows, "Ajutor pentru victime") == {
        "ro": ("source", None),
        "en": ("in-progress", 0),
        "ru": ("in-progress", 0),
    }
    assert _states(rows, "Singur")["en"] == ("not-started", None)

    _translate(article, "en", ENGLISH)
    _translate(article, "ru", {"Ajutor pentru victime": "Помощь жертвам"})
    assert _states(_all_rows(admin_user), "Ajutor pentru victime")["en"] == ("ready", None)
    assert _states(_all_rows(admin_user), "Ajutor pentru victime")["ru"] == ("in-progress", 25)

    with django_capture_on_commit_callbacks(execute=True):
        _translation(article, "en").save_target(user=admin_user, publish=True)
    assert _states(_all_rows(admin_user), "Ajutor pentru victime")["en"] == ("published", None)

    # The source published again after the translation: it is outdated.
    english = article.get_translation(Locale.objects.get(language_code="en"))
    type(english).objects.filter(pk=english.pk).update(
        last_published_at=timezone.now() - dt.timedelta(days=1)
    )
    assert _states(_all_rows(admin_user), "Ajutor pentru victime")["en"] == ("outdated", None)
    assert alone.pk in [row.source.pk for row in rows]


def test_filters_by_language_and_state(article, news_index, admin_user):
    NewsPageFactory(parent=news_index, title="Singur")
    titles = lambda **kw: {row.source.title for row in filtered_rows(user=admin_user, **kw)}  # noqa: E731
    assert "Ajutor pentru victime" in titles(language="ru", state="in-progress")
    assert "Singur" not in titles(language="ru", state="in-progress")
    assert "Singur" in titles(language="en", state="not-started")
    assert "Ajutor pentru victime" not in titles(state="not-started")
    assert "Ajutor pentru victime" not in titles(state="published")


def test_the_admin_page_and_the_dashboard(admin_client, article):
    response = admin_client.get("/admin/translation-status/?language=ru&state=in-progress")
    soup = BeautifulSoup(response.content, "html.parser")
    row = next(tr for tr in soup.select("tbody tr") if "Ajutor pentru victime" in tr.text)
    assert [td["data-state"] for td in row.select("td")] == ["source", "in-progress", "in-progress"]
    assert "0%" in row.select("td")[2].text
    assert admin_client.get("/admin/translation-status/?state=nonsense").status_code == 200

    dashboard = BeautifulSoup(admin_client.get("/admin/").content, "html.parser")
    russian = dashboard.select_one('#translations-waiting-section tr[data-language="ru"]')
    assert russian.select_one('td[data-state="in-progress"]').text.strip() == "1"


def test_only_pages_the_user_may_edit_are_listed(client, home, article):
    section = StandardPageFactory(parent=home, title="Secțiunea lor")
    StandardPageFactory(parent=section, title="Pagina lor")
    group = Group.objects.create(name="Section editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=section, permission=Permission.objects.get(codename="change_page")
    )
    editor = get_user_model().objects.create_user("ed", "ed@example.org", "pw-not-used-2")
    editor.groups.add(group)
    titles = {row.source.title for row in _all_rows(editor)}
    assert titles == {"Secțiunea lor", "Pagina lor"}

    client.force_login(editor)
    html = client.get("/admin/translation-status/").content.decode()
    assert "Pagina lor" in html
    assert "Ajutor pentru victime" not in html
