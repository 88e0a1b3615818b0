"""The one search page over everything public (issue 15): every kind, stems,
transliteration, place names, the kind filter, tips when nothing is found."""

import pytest
from bs4 import BeautifulSoup

from atnet.core.text import searchable
from atnet.helpdirectory.tests.factories import HelpIndexFactory, HelpServiceFactory
from atnet.legislation.tests.factories import ActPageFactory, LegislationIndexFactory
from atnet.network.models import NetworkDirectoryPage, Organisation
from atnet.network.tests.factories import OrganisationFactory
from atnet.portal.services import page_translation_save
from atnet.support.models import LibraryPage
from atnet.support.tests.factories import MaterialFactory
from atnet.trainings.models import TrainingIndexPage
from atnet.trainings.tests.factories import CourseFactory

from .factories import NewsPageFactory


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _found(client, url) -> list[str]:
    return [a.text for a in _soup(client, url).select(".search-results h2 a, .search-results h3")]


@pytest.fixture
def zorilor(home):
    """One rare word, each time in a different kind of public content."""
    directory = home.add_child(instance=NetworkDirectoryPage(title="Rețeaua", slug="network"))
    directory.save_revision().publish()
    home.add_child(instance=TrainingIndexPage(title="Instruiri", slug="trainings"))
    home.add_child(instance=LibraryPage(title="Biblioteca", slug="library"))
    OrganisationFactory(name_ro="Centrul Speranța", description_ro="Sediul pe strada Zorilor.")
    OrganisationFactory(name_ro="Asociația Ascunsă", description_ro="Zorilor", is_public=False)
    CourseFactory(title_ro="Cursul de la Zorilor", slug="zorilor")
    MaterialFactory(title_ro="Ghidul Zorilor")
    MaterialFactory(title_ro="Raport intern Zorilor", access="members")
    ActPageFactory(parent=LegislationIndexFactory(parent=home), title="Legea Zorilor")
    HelpServiceFactory(
        parent=HelpIndexFactory(parent=home),
        title="Linia verde",
        description="Consiliere la sediul din Zorilor.",
    )
    return home


def test_one_search_finds_a_word_in_every_kind_of_public_content(client, zorilor):
    found = _found(client, "/ro/search/?q=zorilor")
    assert sorted(found) == sorted(
        [
            "Centrul Speranța",
            "Cursul de la Zorilor",
            "Ghidul Zorilor",
            "Legea Zorilor",
            "Linia verde",
        ]
    )


def test_members_only_records_are_never_found(client, zorilor):
    html = client.get("/ro/search/?q=zorilor").content.decode()
    assert "Asociația Ascunsă" not in html and "Raport intern" not in html


def test_each_group_links_to_where_its_records_are_read(client, zorilor):
    soup = _soup(client, "/ro/search/?q=zorilor")
    links = {a.text: a["href"] for a in soup.select(".search-group a")}
    assert links["Centrul Speranța"].startswith("/ro/network/organisations/")
    assert links["Cursul de la Zorilor"] == "/ro/trainings/#course-zorilor"
    assert links["Ghidul Zorilor"] == "/ro/library/?q=Ghidul+Zorilor"
    # ... and the catalogue and the library answer with the record on them.
    assert _soup(client, "/ro/trainings/").select_one("#course-zorilor") is not None
    assert "Ghidul Zorilor" in _soup(client, links["Ghidul Zorilor"]).text


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("organisations", ["Centrul Speranța"]),
        ("trainings", ["Cursul de la Zorilor"]),
        ("materials", ["Ghidul Zorilor"]),
        ("legislation", ["Legea Zorilor"]),
        ("help", ["Linia verde"]),
    ],
)
def test_the_search_narrows_to_one_kind(client, zorilor, kind, expected):
    assert _found(client, f"/ro/search/?q=zorilor&kind={kind}") == expected


def test_an_unknown_kind_searches_everything(client, zorilor):
    assert len(_found(client, "/ro/search/?q=zorilor&kind=%3Cscript%3E")) == 5


@pytest.fixture
def inflected(news_index):
    article = NewsPageFactory(parent=news_index, title="Violența în familie", slug="violenta")
    page_translation_save(
        page=article, language="ru", fields={"title": "Торговля людьми в Кишинёве"}
    )
    NewsPageFactory(parent=news_index, title="Prevenirea violenței domestice", slug="prevenire")
    return article


@pytest.mark.parametrize("query", ["violenta", "violentei", "violenței", "VIOLENŢA"])
def test_romanian_inflected_forms_find_each_other(client, inflected, query):
    assert sorted(_found(client, f"/ro/search/?q={query}")) == [
        "Prevenirea violenței domestice",
        "Violența în familie",
    ]


@pytest.mark.parametrize("query", ["торговли", "торговля", "торговлей"])
def test_russian_inflected_forms_find_each_other(client, inflected, query):
    assert _found(client, f"/ru/search/?q={query}") == ["Торговля людьми в Кишинёве"]


@pytest.mark.parametrize("query", ["chisinau", "Chișinău", "kishinev"])
def test_a_latin_query_on_the_russian_site_finds_cyrillic_place_names(client, inflected, query):
    assert _found(client, f"/ru/search/?q={query}") == ["Торговля людьми в Кишинёве"]


def test_a_cyrillic_query_on_the_romanian_site_finds_the_romanian_name(client, news_index):
    NewsPageFactory(parent=news_index, title="Ședința de la Chișinău", slug="sedinta")
    assert _found(client, "/ro/search/?q=Кишинёв") == ["Ședința de la Chișinău"]


def test_inflected_words_are_highlighted(client, inflected):
    html = client.get("/ro/search/?q=violentei").content.decode()
    assert "<mark>Violența</mark> în familie" in html


def test_nothing_found_suggests_what_to_try(client, zorilor):
    soup = _soup(client, "/ru/search/?q=xyzzyqq")
    tips = soup.select_one(".search-tips")
    assert tips is not None and "Ничего не найдено" in tips.text
    hrefs = [a["href"] for a in tips.select("a[hreflang]")]
    assert hrefs == ["/ro/search/?q=xyzzyqq", "/en/search/?q=xyzzyqq"]


def _organisations(count: int, word: str):
    Organisation.objects.bulk_create(
        Organisation(
            name_ro=f"{word} {number}",
            slug=f"{word}-{number}",
            type="ngo",
            level="local",
            domains=[],
            search_folded=searchable(f"{word} {number}"),
        )
        for number in range(count)
    )


def test_the_search_page_makes_the_same_queries_for_5_or_500_matches(
    client, zorilor, news_index, django_assert_max_num_queries
):
    _organisations(5, "puțini")
    _organisations(500, "mulți")
    for number in range(5):
        NewsPageFactory(parent=news_index, title=f"puțini mulți {number}")
    client.get("/ro/search/?q=putini")  # warms the layout's caches
    with django_assert_max_num_queries(20) as few:
        client.get("/ro/search/?q=putini")
    with django_assert_max_num_queries(20) as many:
        client.get("/ro/search/?q=multi")
    assert len(few.captured_queries) == len(many.captured_queries)
