import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import PageViewRestriction

from atnet.portal.search import SearchResults
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


def _publish_news(news_index, titles_by_age: dict[str, int]):
    """News pages first published `days` ago, all matching 'campanie'."""
    for title, days in titles_by_age.items():
        page = NewsPageFactory(parent=news_index, title=f"Campanie {title}")
        page.first_published_at = timezone.now() - dt.timedelta(days=days)
        page.save(update_fields=["first_published_at"])


def test_a_broad_search_is_newest_first_and_says_there_are_more(client, news_index, monkeypatch):
    monkeypatch.setattr(SearchResults, "capped_at", 3)
    _publish_news(news_index, {"veche": 30, "nouă": 1, "medie": 10, "de ieri": 2})
    response = client.get("/ro/search/?q=campanie")
    html = response.content.decode()
    assert "Peste 3 rezultate, cele mai noi primele." in html
    assert _titles(client, "/ro/search/?q=campanie") == [
        "Campanie nouă",
        "Campanie de ieri",
        "Campanie medie",
    ]
    # The pages end at the cap: the oldest of four is past it.
    assert response.context["results"].paginator.count == 3


def test_a_narrow_search_counts_exactly_and_lists_each_match_once(client, news_index, settings):
    settings.ATNET_PAGE_SIZE = 2
    _publish_news(news_index, {str(days): days for days in range(1, 6)})
    html = client.get("/ro/search/?q=campanie").content.decode()
    assert "5 rezultate" in html and "Peste" not in html
    pages = [_titles(client, f"/ro/search/?q=campanie&page={n}") for n in (1, 2, 3)]
    listed = [title for page in pages for title in page]
    assert sorted(listed) == sorted(f"Campanie {days}" for days in range(1, 6))


@pytest.mark.parametrize("capped_at", [2, 500])
def test_restricted_pages_are_never_found(client, news_index, monkeypatch, capped_at):
    """Both ways through the search (newest first, ranked) leave restricted pages out;
    the hidden page is the newest, so the newest-first way would list it first."""
    monkeypatch.setattr(SearchResults, "capped_at", capped_at)
    _publish_news(news_index, {"ascunsă": 0, "publică": 1, "tot publică": 3, "veche": 9})
    hidden = news_index.get_children().get(title="Campanie ascunsă")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    found = _titles(client, "/ro/search/?q=campanie")
    if capped_at == 2:
        assert found == ["Campanie publică", "Campanie tot publică"]
    else:
        assert sorted(found) == ["Campanie publică", "Campanie tot publică", "Campanie veche"]


def test_a_search_page_makes_the_same_queries_broad_or_narrow(
    client, news_index, monkeypatch, django_assert_max_num_queries
):
    _publish_news(news_index, {str(days): days for days in range(1, 4)})
    client.get("/ro/search/?q=campanie")  # warms the caches of the layout
    with django_assert_max_num_queries(8) as narrow:
        client.get("/ro/search/?q=campanie")
    monkeypatch.setattr(SearchResults, "capped_at", 1)
    with django_assert_max_num_queries(8) as broad:
        client.get("/ro/search/?q=campanie")
    assert len(broad.captured_queries) == len(narrow.captured_queries)
