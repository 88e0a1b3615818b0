import datetime as dt
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import feedparser
import icalendar
import pytest
from bs4 import BeautifulSoup

from atnet.portal.services import page_translation_save

from .factories import EventPageFactory, NewsPageFactory

CHISINAU = ZoneInfo("Europe/Chisinau")


def test_the_news_feed_parses_per_language(client, news_index):
    article = NewsPageFactory(parent=news_index, title="Știre", slug="stire")
    page_translation_save(page=article, language="en", fields={"title": "Story"})
    for language, title in (("ro", "Știre"), ("en", "Story")):
        feed = feedparser.parse(client.get(f"/{language}/feeds/news.rss").content)
        assert not feed.bozo
        assert feed.feed.language == language
        assert [entry.title for entry in feed.entries] == [title]
        assert feed.entries[0].link == f"http://testserver/{language}/news/stire/"


def test_the_events_feed_parses(client, event_index):
    EventPageFactory(parent=event_index, title="Atelier")
    feed = feedparser.parse(client.get("/ro/feeds/events.rss").content)
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Atelier"]


@pytest.mark.parametrize(
    ("start", "utc_offset"),
    [
        (dt.datetime(2027, 3, 27, 10, 0), 2),
        (dt.datetime(2027, 3, 29, 10, 0), 3),
        (dt.datetime(2027, 10, 30, 10, 0), 3),
        (dt.datetime(2027, 11, 1, 10, 0), 2),
    ],
)
def test_the_calendar_keeps_local_time_across_daylight_saving(
    client, event_index, start, utc_offset
):
    local = start.replace(tzinfo=CHISINAU)
    EventPageFactory(
        parent=event_index, title="Ședință", start=local, end=local + dt.timedelta(hours=2)
    )
    response = client.get("/ro/feeds/events.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert [c.get("tzid") for c in calendar.walk("VTIMEZONE")] == ["Europe/Chisinau"]
    event = calendar.walk("VEVENT")[0]
    begins = event.decoded("dtstart")
    assert str(begins.tzinfo) == "Europe/Chisinau"
    assert (begins.hour, begins.utcoffset()) == (10, dt.timedelta(hours=utc_offset))
    assert event.decoded("dtend") - begins == dt.timedelta(hours=2)
    assert event.get("summary") == "Ședință"


def test_the_sitemap_lists_translations_as_alternates(client, news_index):
    article = NewsPageFactory(parent=news_index, slug="stire")
    page_translation_save(page=article, language="ru", fields={"title": "Новость"})
    response = client.get("/sitemap.xml")
    tree = ElementTree.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    url = next(
        u
        for u in tree.findall("s:url", ns)
        if u.find("s:loc", ns).text == "http://testserver/ro/news/stire/"
    )
    alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
    assert alternates == {
        "ro": "http://testserver/ro/news/stire/",
        "x-default": "http://testserver/ro/news/stire/",
        "ru": "http://testserver/ru/news/stire/",
    }


@pytest.mark.parametrize("path", ["/ro/", "/en/news/", "/ru/events/"])
def test_pages_link_their_feeds(client, news_index, event_index, path):
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    language = path.split("/")[1]
    links = {link["href"] for link in soup.select('link[rel="alternate"][type]')}
    assert {
        f"/{language}/feeds/news.rss",
        f"/{language}/feeds/events.rss",
        f"/{language}/feeds/events.ics",
    } <= links
