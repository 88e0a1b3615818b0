"""Records in three languages (issue 15): each language shows its own text; a missing
one shows the Romanian (or another) text marked with its `lang` and a note."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import translation

from atnet.network.models import NetworkDirectoryPage
from atnet.network.tests.factories import OrganisationFactory
from atnet.portal.services import page_translation_save
from atnet.support.models import LibraryPage
from atnet.support.tests.factories import MaterialFactory
from atnet.trainings.models import TrainingIndexPage
from atnet.trainings.tests.factories import CourseFactory

TAG = Template('{% load atnet_languages %}{% in_language record "title" %}')


def _render(record, language: str) -> str:
    with translation.override(language):
        return TAG.render(Context({"record": record}))


def test_the_visitors_language_is_shown_as_it_is():
    record = SimpleNamespace(title_ro="Ghid", title_en="Guide", title_ru="Руководство")
    assert [_render(record, code) for code in ("ro", "en", "ru")] == [
        "Ghid",
        "Guide",
        "Руководство",
    ]


def test_a_missing_translation_shows_romanian_marked_with_a_note_in_the_visitors_language():
    record = SimpleNamespace(title_ro="Ghid <nou>", title_en="", title_ru="")
    html = _render(record, "ru")
    assert html.startswith('<span lang="ro">Ghid &lt;nou&gt;</span>')
    assert "нет перевода" in html and "румынск" in html
    assert 'lang="ro"' in _render(record, "en") and "not translated" in _render(record, "en")


def test_with_no_romanian_the_first_language_that_has_text_is_shown_marked():
    record = SimpleNamespace(title_ro="", title_en="Guide", title_ru="")
    assert _render(record, "ru").startswith('<span lang="en">Guide</span>')


def test_no_text_in_any_language_renders_nothing():
    assert _render(SimpleNamespace(title_ro="", title_en="", title_ru=""), "ru") == ""


def _child(home, page):
    home.add_child(instance=page)
    page.save_revision().publish()
    page_translation_save(page=page, language="ru", fields={"title": f"{page.title} (ru)"})
    page_translation_save(page=page, language="en", fields={"title": f"{page.title} (en)"})
    return page


@pytest.fixture
def public_pages(home):
    directory = _child(home, NetworkDirectoryPage(title="Rețeaua", slug="network"))
    _child(home, TrainingIndexPage(title="Instruiri", slug="trainings"))
    _child(home, LibraryPage(title="Biblioteca", slug="library"))
    return directory


def _marked(html: str) -> list[tuple[str, str]]:
    soup = BeautifulSoup(html, "html.parser")
    return [(span["lang"], span.text) for span in soup.select("main span[lang]")]


@pytest.mark.parametrize("language", ["ro", "en", "ru"])
def test_public_pages_show_each_records_text_in_their_language(client, public_pages, language):
    OrganisationFactory(
        slug="asociatia",
        name_ro="Asociația Zori",
        name_en="Zori Association",
        name_ru="Ассоциация Зори",
    )
    CourseFactory(slug="curs", title_ro="Curs", title_en="Course", title_ru="Курс")
    MaterialFactory(title_ro="Ghid", title_en="Guide", title_ru="Руководство")
    expected = {
        "ro": ("Asociația Zori", "Curs", "Ghid"),
        "en": ("Zori Association", "Course", "Guide"),
        "ru": ("Ассоциация Зори", "Курс", "Руководство"),
    }[language]
    pages = [
        f"/{language}/network/organisations/asociatia/",
        f"/{language}/trainings/",
        f"/{language}/library/",
    ]
    for url, text in zip(pages, expected, strict=True):
        html = client.get(url).content.decode()
        assert text in html, url
        assert _marked(html) == [], url


def test_public_pages_mark_the_romanian_fallback_on_the_russian_site(client, public_pages):
    OrganisationFactory(
        slug="asociatia", name_ro="Asociația Zori", name_ru="", description_ro="Descriere."
    )
    CourseFactory(slug="curs", title_ro="Curs nou", title_ru="", description_ro="Despre curs.")
    MaterialFactory(title_ro="Ghid nou", title_ru="", title_en="")
    organisation = client.get("/ru/network/organisations/asociatia/").content.decode()
    assert ("ro", "Asociația Zori") in _marked(organisation)
    assert ("ro", "Descriere.") in _marked(organisation)
    assert ("ro", "Curs nou") in _marked(client.get("/ru/trainings/").content.decode())
    assert ("ro", "Ghid nou") in _marked(client.get("/ru/library/").content.decode())
