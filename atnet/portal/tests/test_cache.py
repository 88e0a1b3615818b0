"""Cached shared parts (menu, counts, switcher, site) change as soon as the content does."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from .factories import NewsPageFactory, StandardPageFactory


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_publishing_and_unpublishing_update_the_listing_count(client, news_index, settings):
    settings.ATNET_PAGE_SIZE = 1
    NewsPageFactory(parent=news_index)
    assert 'rel="next"' not in _get(client, "/ro/news/")
    second = NewsPageFactory(parent=news_index)
    assert 'rel="next"' in _get(client, "/ro/news/")
    second.unpublish()
    assert 'rel="next"' not in _get(client, "/ro/news/")


def test_the_listing_count_is_cached_between_views(client, news_index, settings):
    settings.ATNET_PAGE_SIZE = 1
    NewsPageFactory(parent=news_index)
    NewsPageFactory(parent=news_index)
    _get(client, "/ro/news/")
    with CaptureQueriesContext(connection) as captured:
        _get(client, "/ro/news/")
    assert not [query for query in captured if "COUNT(" in query["sql"].upper()]


def test_the_menu_follows_publish_unpublish_and_move(client, home, news_index):
    assert ">Despre noi<" not in _get(client, "/ro/")
    about = StandardPageFactory(parent=home, title="Despre noi", slug="despre", show_in_menus=True)
    assert ">Despre noi<" in _get(client, "/ro/")
    about.unpublish()
    assert ">Despre noi<" not in _get(client, "/ro/")
    about.save_revision().publish()
    assert ">Despre noi<" in _get(client, "/ro/news/")
    about.move(news_index, pos="last-child")
    assert ">Despre noi<" not in _get(client, "/ro/news/")


def test_a_deleted_page_leaves_the_menu(client, home):
    about = StandardPageFactory(parent=home, title="Despre noi", slug="despre", show_in_menus=True)
    assert ">Despre noi<" in _get(client, "/ro/")
    about.delete()
    assert ">Despre noi<" not in _get(client, "/ro/")


def test_the_language_switcher_follows_a_new_translation(client, home, news_index):
    from atnet.portal.services import page_translation_save

    article = NewsPageFactory(parent=news_index, slug="articol")
    page = _get(client, article.url)
    assert 'hreflang="en"' not in page.split("</head>")[0]
    page_translation_save(page=news_index, language="en", fields={"title": "News"})
    page_translation_save(page=article, language="en", fields={"title": "Article"})
    assert 'hreflang="en"' in _get(client, article.url).split("</head>")[0]


def test_the_site_is_looked_up_once_until_a_site_changes(client, home):
    _get(client, "/ro/")
    with CaptureQueriesContext(connection) as captured:
        _get(client, "/ro/")
    assert not [query for query in captured if "wagtailcore_site" in query["sql"]]
    Site.objects.filter(is_default_site=True).update(site_name="changed")  # no signal
    site = Site.objects.get(is_default_site=True)
    site.save()  # a saved site is read again on the next request
    with CaptureQueriesContext(connection) as captured:
        _get(client, "/ro/")
    assert [query for query in captured if "wagtailcore_site" in query["sql"]]
