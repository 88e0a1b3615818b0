"""Cached routes, page content and chrome: one query per view, never a stale or foreign page.

A page's route (path → page) and its rendered content are kept under the
content version, which publishing, unpublishing, moving and deleting change
(`atnet.portal.cache`); these tests make each of those changes and look at
the very next response.
"""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from atnet.portal.cache import cached, content_changed

from .factories import NewsPageFactory, StandardPageFactory


def _get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


@pytest.fixture
def article(news_index):
    return NewsPageFactory(parent=news_index, title="Atelier la Cahul", slug="atelier")


@pytest.mark.parametrize("url", ["/ro/", "/ro/news/", "/ro/news/atelier/"])
def test_a_page_seen_before_costs_one_query(client, article, url):
    _get(client, url)
    with CaptureQueriesContext(connection) as captured:
        _get(client, url)
    assert len(captured) == 1, [query["sql"] for query in captured]
    assert "wagtailcore_page" in captured[0]["sql"]


def test_an_unpublished_page_is_gone_on_the_next_view(client, article):
    _get(client, "/ro/news/atelier/")
    article.unpublish()
    _get(client, "/ro/news/atelier/", status=404)


def test_a_moved_page_answers_at_its_new_address_only(client, home, news_index):
    about = StandardPageFactory(parent=home, title="Despre noi", slug="despre")
    _get(client, "/ro/despre/")
    about.move(news_index, pos="last-child")
    old = client.get("/ro/despre/")  # Wagtail's redirect, not the cached route
    assert (old.status_code, old["Location"]) == (301, "/ro/news/despre/")
    assert "Despre noi" in _get(client, "/ro/news/despre/")


def test_a_published_change_shows_on_the_next_view(client, article):
    assert "Atelier la Cahul" in _get(client, "/ro/news/atelier/")
    article.title, article.intro = "Atelier la Ungheni", "Program nou."
    article.save_revision().publish()
    page = _get(client, "/ro/news/atelier/")
    assert "Atelier la Ungheni" in page and "Program nou." in page
    assert "Atelier la Ungheni" in _get(client, "/ro/news/")
    assert "Atelier la Ungheni" in _get(client, "/ro/")


def test_a_new_view_restriction_applies_on_the_next_view(client, article, news_index):
    _get(client, "/ro/news/atelier/")
    PageViewRestriction.objects.create(page=news_index, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/ro/news/atelier/")
    assert response.status_code == 302
    assert "/accounts/" in response["Location"]


def test_the_header_follows_the_visitor_signed_in_or_not(client, article):
    assert "Membri: autentificare" in _get(client, "/ro/news/atelier/")
    user = get_user_model().objects.create_user("ana", "ana@example.org", "x-Long-pass-42")
    client.force_login(user)
    page = _get(client, "/ro/news/atelier/")
    assert "Membri: autentificare" not in page
    assert "Spațiul membrilor" in page


def _render(request, value):
    template = Template(
        "{% load portal_tags %}{% content_cache 'test' 1 %}{{ value }}{% end_content_cache %}"
    )
    return template.render(Context({"request": request, "value": value}))


def test_a_fragment_is_rendered_once_per_content_version(db):
    request = RequestFactory().get("/ro/")
    assert _render(request, "first") == "first"
    assert _render(request, "second") == "first"
    content_changed()
    assert _render(request, "third") == "third"


def test_a_preview_is_never_cached(db):
    request = RequestFactory().get("/ro/")
    request.is_preview = True
    assert _render(request, "draft one") == "draft one"
    assert _render(request, "draft two") == "draft two"
    live = RequestFactory().get("/ro/")
    assert _render(live, "live") == "live"


def test_a_part_kept_in_process_memory_is_dropped_with_the_content_version(db):
    assert cached("test-part", (1,), lambda: "old") == "old"
    assert cached("test-part", (1,), lambda: "new") == "old"
    content_changed()
    assert cached("test-part", (1,), lambda: "new") == "new"
