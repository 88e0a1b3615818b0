"""Each public page and API list runs the same number of queries for 5 or 500 items."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from atnet.geo.models import AdministrativeUnit

from .factories import EventPageFactory, NewsPageFactory

URLS = [
    "/ro/",
    "/ro/news/",
    "/ro/events/",
    "/ro/events/?when=past",
    "/ro/search/?q=stire",
    "/ro/feeds/news.rss",
    "/ro/feeds/events.rss",
    "/api/v1/news?lang=ro",
    "/api/v1/events?lang=ro",
]


def _add(news_index, event_index, count):
    units = list(AdministrativeUnit.objects.all()[:5])
    images = [Image.objects.create(title=f"i{n}", file=get_test_image_file()) for n in range(5)]
    for number in range(count):
        NewsPageFactory.create_live(
            news_index,
            title=f"Știre {number}",
            lead_image=images[number % 5],
            tags=[f"tag{number % 3}", "comun"],
        )
        start = timezone.now() + dt.timedelta(days=(number % 7) - 3, hours=number)
        EventPageFactory.create_live(event_index, start=start, unit=units[number % 5])


def _queries(client, url):
    client.get(url)  # the first view of an image creates its renditions
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.fixture
def counts(client, news_index, event_index, settings):
    settings.ATNET_PAGE_SIZE = 10

    def measure():
        return {url: _queries(client, url) for url in URLS}

    return measure


def test_query_counts_do_not_grow_with_the_data(counts, news_index, event_index):
    _add(news_index, event_index, 5)
    small = counts()
    _add(news_index, event_index, 495)
    assert counts() == small


def test_an_article_page_has_a_constant_query_count(client, news_index, event_index):
    _add(news_index, event_index, 5)
    article = NewsPageFactory(parent=news_index, slug="tinta", tags=["comun"])
    small = _queries(client, article.url)
    _add(news_index, event_index, 495)
    assert _queries(client, article.url) == small
