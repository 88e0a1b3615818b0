import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from atnet.geo.models import AdministrativeUnit
from atnet.portal.services import page_translation_save

from .factories import EventPageFactory, NewsPageFactory, StandardPageFactory

CHISINAU = ZoneInfo("Europe/Chisinau")


def _soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("accept", "target"),
    [
        ("ru-RU,ru;q=0.9,en;q=0.5", "/ru/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("ro", "/ro/"),
        ("de-DE", "/ro/"),
    ],
)
def test_the_root_sends_visitors_to_their_language(client, home, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.parametrize("language", ["ro", "en", "ru"])
def test_home_is_served_in_each_language_with_lang_and_alternates(client, home, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    soup = _soup(response)
    assert soup.html["lang"] == language
    alternates = {
        link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')
    }
    assert alternates == {
        "ro": "http://testserver/ro/",
        "en": "http://testserver/en/",
        "ru": "http://testserver/ru/",
        "x-default": "http://testserver/ro/",
    }


def test_the_switcher_goes_to_the_translation_of_the_same_page(client, news_index):
    article = NewsPageFactory(parent=news_index, title="Ședința din Chișinău", slug="sedinta")
    page_translation_save(page=article, language="en", fields={"title": "Meeting in Chișinău"})
    soup = _soup(client.get("/ro/news/sedinta/"))
    switcher = {a["hreflang"]: a["href"] for a in soup.select(".lang-switch a")}
    assert switcher["en"] == "/en/news/sedinta/"
    assert client.get(switcher["en"]).status_code == 200


def test_the_switcher_explains_a_missing_translation_in_the_visitors_language(client, news_index):
    article = NewsPageFactory(parent=news_index, title="Doar în română", slug="doar-ro")
    soup = _soup(client.get("/ro/news/doar-ro/"))
    switcher = {a["hreflang"]: a["href"] for a in soup.select(".lang-switch a")}
    assert switcher["ru"] == f"/ru/not-translated/{article.pk}/"
    alternates = {link["hreflang"] for link in soup.select('link[rel="alternate"][hreflang]')}
    assert alternates == {"ro", "x-default"}

    response = client.get(switcher["ru"])
    assert response.status_code == 200
    page = _soup(response)
    assert page.html["lang"] == "ru"
    assert "ещё не переведена" in page.h1.text
    assert page.select_one('main a[href="/ro/news/doar-ro/"]').text == "Doar în română"


def test_the_not_translated_page_redirects_once_a_translation_exists(client, news_index):
    article = NewsPageFactory(parent=news_index, slug="tradus")
    page_translation_save(page=article, language="en", fields={"title": "Translated"})
    response = client.get(f"/en/not-translated/{article.pk}/")
    assert response.status_code == 302
    assert response["Location"] == "/en/news/tradus/"


def test_the_not_translated_page_of_an_unknown_page_is_404(client, home):
    assert client.get("/en/not-translated/999999/").status_code == 404


def test_an_article_shows_date_image_body_tags_and_related(client, news_index):
    first = NewsPageFactory(
        parent=news_index,
        slug="prima",
        tags=["instruire"],
        body=[("paragraph", "<p>Curs pentru <b>judecători</b>.</p>")],
    )
    NewsPageFactory(parent=news_index, slug="a-doua", title="A doua", tags=["instruire"])
    soup = _soup(client.get(first.url))
    assert soup.select_one("time")["datetime"] == first.date.isoformat()
    assert "judecători" in soup.select_one("article").text
    assert [a.text for a in soup.select(".tags a")] == ["instruire"]
    assert [a.text for a in soup.select(".related h3 a")] == ["A doua"]
    assert [li.text.strip() for li in soup.select(".breadcrumbs li")][-2:] == [
        "Noutăți",
        first.title,
    ]


def test_the_news_index_paginates_and_survives_a_bad_page_number(client, news_index, settings):
    settings.ATNET_PAGE_SIZE = 2
    for _ in range(5):
        NewsPageFactory(parent=news_index)
    assert len(_soup(client.get("/ro/news/")).select(".card")) == 2
    assert len(_soup(client.get("/ro/news/?page=3")).select(".card")) == 1
    for bad in ("abc", "-1", "99999", "1e9"):
        assert client.get(f"/ro/news/?page={bad}").status_code == 200


def test_the_news_index_filters_by_tag(client, news_index):
    NewsPageFactory(parent=news_index, title="Cu etichetă", tags=["migratie"])
    NewsPageFactory(parent=news_index, title="Fără")
    titles = [a.text for a in _soup(client.get("/ro/news/?tag=migratie")).select(".card h3 a")]
    assert titles == ["Cu etichetă"]


def _event(parent, title, start, unit_code=None):
    unit = AdministrativeUnit.objects.get(code=unit_code) if unit_code else None
    return EventPageFactory(parent=parent, title=title, start=start, unit=unit)


def test_the_event_index_lists_upcoming_then_past(client, event_index):
    now = timezone.now()
    _event(event_index, "Viitor", now + dt.timedelta(days=3))
    _event(event_index, "Trecut", now - dt.timedelta(days=3))
    upcoming = [a.text for a in _soup(client.get("/ro/events/")).select(".card h3 a")]
    past = [a.text for a in _soup(client.get("/ro/events/?when=past")).select(".card h3 a")]
    assert (upcoming, past) == (["Viitor"], ["Trecut"])


def test_the_event_index_filters_by_region_and_month(client, event_index):
    base = timezone.now() + dt.timedelta(days=40)
    _event(event_index, "La Cahul", base, "MD-CA")
    _event(event_index, "La Bălți", base, "MD-BA")
    _event(event_index, "Mai târziu la Cahul", base + dt.timedelta(days=70), "MD-CA")
    month = base.astimezone(CHISINAU).strftime("%Y-%m")
    soup = _soup(client.get(f"/ro/events/?region=south&month={month}"))
    assert [a.text for a in soup.select(".card h3 a")] == ["La Cahul"]


def test_a_bad_filter_is_explained_and_ignored(client, event_index):
    _event(event_index, "Viitor", timezone.now() + dt.timedelta(days=3))
    response = client.get("/en/events/?month=not-a-month&region=<script>")
    assert response.status_code == 200
    soup = _soup(response)
    errors = [p.text for p in soup.select(".error")]
    assert "Enter a month as YYYY-MM, for example 2026-05." in errors
    assert "<script>" not in response.content.decode().split("<main", 1)[1].split("</form>")[
        0
    ].replace("&lt;script&gt;", "")


def test_an_event_shows_its_times_in_chisinau(client, event_index):
    start = dt.datetime(2027, 3, 28, 10, 0, tzinfo=CHISINAU)  # the day summer time starts
    event = _event(event_index, "Atelier", start, "MD-CU")
    soup = _soup(client.get(event.url))
    assert soup.select_one(".event-facts time")["datetime"] == "2027-03-28T10:00:00+03:00"
    assert "Chișinău" in soup.select_one(".event-facts").text


def test_an_event_cannot_end_before_it_starts(event_index):
    from django.core.exceptions import ValidationError

    event = _event(event_index, "Invers", timezone.now() + dt.timedelta(days=1))
    event.end = event.start - dt.timedelta(hours=1)
    with pytest.raises(ValidationError):
        event.full_clean()


def test_home_lists_latest_news_upcoming_events_and_areas(client, home, news_index, event_index):
    NewsPageFactory(parent=news_index, title="Ultima știre")
    _event(event_index, "Următorul eveniment", timezone.now() + dt.timedelta(days=2))
    StandardPageFactory(parent=home, title="Coordonare", area_of_work=True)
    soup = _soup(client.get("/ro/"))
    assert "Ultima știre" in soup.select_one("#latest-news").parent.text
    assert "Următorul eveniment" in soup.select_one("#upcoming-events").parent.text
    assert "Coordonare" in soup.select_one(".area-list").text


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("ro", "Pagina nu a fost găsită"),
        ("en", "Page not found"),
        ("ru", "Страница не найдена"),
    ],
)
def test_a_missing_page_answers_404_in_the_visitors_language(client, home, language, heading):
    response = client.get(f"/{language}/nu-exista/")
    assert response.status_code == 404
    assert _soup(response).h1.text == heading


def test_the_500_page_is_in_the_visitors_language_and_needs_no_database(rf):
    from django.utils import translation

    from atnet.core.errors import server_error

    with translation.override("ru"):
        response = server_error(rf.get("/ru/"))
    assert response.status_code == 500
    assert "Что-то пошло не так" in response.content.decode()
