import pytest
from bs4 import BeautifulSoup

from atnet.portal.services import page_translation_save

from .factories import NewsPageFactory


@pytest.fixture
def chisinau_article(news_index):
    article = NewsPageFactory(
        parent=news_index,
        title="Ședința de coordonare de la Chișinău",
        slug="sedinta-chisinau",
        intro="Participanții s-au întâlnit în Chișinău.",
    )
    page_translation_save(
        page=article,
        language="ru",
        fields={
            "title": "Координационное совещание в Кишинёве",
            "intro": "Встреча в Кишинёве.",
        },
    )
    NewsPageFactory(parent=news_index, title="Instruire la Cahul", intro="Curs pentru polițiști.")
    return article


def _titles(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [a.text for a in soup.select(".search-results h2 a")]


@pytest.mark.parametrize("query", ["Chisinau", "Chişinău", "Chișinău", "CHISINAU", "chișinău"])
def test_romanian_search_ignores_case_and_diacritics(client, chisinau_article, query):
    assert _titles(client, f"/ro/search/?q={query}") == ["Ședința de coordonare de la Chișinău"]


@pytest.mark.parametrize("query", ["Кишинёве", "кишиневе", "КИШИНЕВЕ"])
def test_russian_search_ignores_case_and_yo(client, chisinau_article, query):
    assert _titles(client, f"/ru/search/?q={query}") == ["Координационное совещание в Кишинёве"]


def test_search_only_finds_the_visitors_language(client, chisinau_article):
    assert _titles(client, "/en/search/?q=Chisinau") == []


def test_every_word_must_match(client, chisinau_article):
    assert _titles(client, "/ro/search/?q=coordonare+Cahul") == []
    assert _titles(client, "/ro/search/?q=instruire+cahul") == ["Instruire la Cahul"]


def test_matches_are_highlighted_and_escaped(client, news_index):
    NewsPageFactory(parent=news_index, title="<b>Chișinău</b> & co")
    html = client.get("/ro/search/?q=chisinau").content.decode()
    assert "&lt;b&gt;<mark>Chișinău</mark>&lt;/b&gt; &amp; co" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "a" * 10_000,
        "<script>alert('x')</script>",
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        "\x01\x1f",
        "%00",
        "NOT AND OR",
        '"unclosed',
        "*",
        "chișinău)(",
        "-",
        "+++",
    ],
)
def test_no_query_breaks_the_search(client, chisinau_article, query):
    response = client.get("/ro/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_a_nul_in_the_query_is_refused_with_a_message(client, chisinau_article):
    """PostgreSQL text cannot hold NUL: the request is refused before the search runs."""
    response = client.get("/ro/search/", {"q": "\x00\x01\x1f"})
    assert response.status_code == 400
    assert "Cererea conține un caracter nepermis (NUL)." in response.content.decode()


def test_results_are_paginated(client, news_index, settings):
    settings.ATNET_PAGE_SIZE = 2
    for number in range(5):
        NewsPageFactory(parent=news_index, title=f"Campanie {number}")
    first = _titles(client, "/ro/search/?q=campanie")
    third = _titles(client, "/ro/search/?q=campanie&page=3")
    assert (len(first), len(third)) == (2, 1)
