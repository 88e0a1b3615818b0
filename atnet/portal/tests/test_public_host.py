"""Feeds, the sitemap and each page name the host the visitor used, never the Site record's."""

from xml.etree import ElementTree

import feedparser
from bs4 import BeautifulSoup
from wagtail.models import Site

from .factories import EventPageFactory, NewsPageFactory

HOST = "atnet.example.org"


def _site_says_localhost():
    Site.objects.update(hostname="localhost", port=80)


def test_feed_guids_and_sitemap_locations_carry_the_real_host(client, news_index, settings):
    settings.ALLOWED_HOSTS = [HOST]
    _site_says_localhost()
    NewsPageFactory(parent=news_index, title="Știre", slug="stire")
    feed = feedparser.parse(client.get("/ro/feeds/news.rss", HTTP_HOST=HOST).content)
    assert [entry.id for entry in feed.entries] == [f"http://{HOST}/ro/news/stire/"]
    sitemap = ElementTree.fromstring(client.get("/sitemap.xml", HTTP_HOST=HOST).content)
    names = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [loc.text for loc in sitemap.iterfind("s:url/s:loc", names)]
    assert locations and all(url.startswith(f"http://{HOST}/") for url in locations)
    assert not [url for url in locations if "localhost" in url]


def test_a_public_page_has_a_canonical_link_and_a_description_from_its_intro(
    client, event_index, settings
):
    settings.ALLOWED_HOSTS = [HOST]
    event = EventPageFactory(
        parent=event_index, title="Atelier", slug="atelier", intro="Atelier despre <b>trafic</b>."
    )
    soup = BeautifulSoup(client.get(event.url, HTTP_HOST=HOST).content, "html.parser")
    assert soup.find("link", rel="canonical")["href"] == f"http://{HOST}{event.url}"
    assert soup.find("meta", attrs={"name": "description"})["content"] == "Atelier despre trafic."
