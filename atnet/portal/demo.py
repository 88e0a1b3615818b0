"""Demo content for `make run`: the programme's pages, news and events in ro, en, ru.

Idempotent: a page that already exists (found by its slug under its parent) is
left as it is, so editors' changes survive a second `make run`.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.html import escape
from wagtail.rich_text import RichText

from atnet.geo.models import AdministrativeUnit

from . import demo_content as content
from .demo_images import demo_image
from .models import EventIndexPage, EventPage, NewsIndexPage, NewsPage, StandardPage
from .services import page_translation_save, site_ensure

TRANSLATIONS = ("en", "ru")
INDEX_TITLES = {
    "news": {"ro": "Noutăți", "en": "News", "ru": "Новости"},
    "events": {"ro": "Evenimente", "en": "Events", "ru": "События"},
}


def _body(paragraphs: list[str]) -> list:
    return [("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in paragraphs]


def _text_fields(texts: dict) -> dict:
    fields = {"title": texts["title"], "intro": texts.get("intro", "")}
    if "body" in texts:
        fields["body"] = _body(texts["body"])
    for extra in ("venue", "organiser"):
        if extra in texts:
            fields[extra] = texts[extra]
    return fields


def _existing(parent, model, slug):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _create(parent, page, texts_by_language: dict):
    """Add `page` (Romanian) under `parent`, publish it and its translations."""
    for name, value in _text_fields(texts_by_language["ro"]).items():
        setattr(page, name, value)
    parent.add_child(instance=page)
    page.save_revision().publish()
    for language in TRANSLATIONS:
        page_translation_save(
            page=page, language=language, fields=_text_fields(texts_by_language[language])
        )
    return page


def _ensure(parent, model, slug, texts_by_language, **fields):
    return _existing(parent, model, slug) or _create(
        parent, model(slug=slug, **fields), texts_by_language
    )


def demo_load() -> dict[str, int]:
    home = site_ensure(
        hostname=settings.ATNET_SITE_HOSTNAME,
        port=settings.ATNET_SITE_PORT,
        title=content.HOME["ro"]["title"],
    )
    _home_translations(home)
    about = _programme_pages(home)
    news_index = _ensure(home, NewsIndexPage, "news", _index_texts("news"), show_in_menus=True)
    events_index = _ensure(
        home, EventIndexPage, "events", _index_texts("events"), show_in_menus=True
    )
    news = [_news(news_index, item) for item in content.NEWS]
    _retire_events(events_index)
    events = [_event(events_index, item) for item in content.EVENTS]
    return {"programme_pages": len(about), "news": len(news), "events": len(events)}


def _home_translations(home) -> None:
    if home.intro:
        return
    home.intro = content.HOME["ro"]["intro"]
    home.save_revision().publish()
    for language in TRANSLATIONS:
        page_translation_save(
            page=home, language=language, fields=_text_fields(content.HOME[language])
        )


def _index_texts(slug: str) -> dict:
    return {code: {"title": title} for code, title in INDEX_TITLES[slug].items()}


def _programme_pages(home) -> list:
    first, *areas = content.PROGRAMME_PAGES
    about = _ensure(home, StandardPage, first["slug"], first, show_in_menus=True)
    pages = [about]
    for area in areas:
        pages.append(_ensure(about, StandardPage, area["slug"], area, area_of_work=True))
    return pages


def _news(index, item):
    if existing := _existing(index, NewsPage, item["slug"]):
        return existing
    page = NewsPage(
        slug=item["slug"],
        date=timezone.localdate() - dt.timedelta(days=item["days_ago"]),
        lead_image=demo_image(title=f"news-{item['slug']}", colour=item["colour"]),
    )
    page.tags.add(*item["tags"])
    return _create(index, page, item)


def _retire_events(index) -> None:
    """Remove the hand-written events of earlier demos that contradicted the meeting and
    training records they described (the records now announce themselves)."""
    for page in EventPage.objects.child_of(index).filter(slug__in=content.RETIRED_EVENTS):
        for translation in page.get_translations():
            translation.delete()
        page.delete()


def _event(index, item):
    if existing := _existing(index, EventPage, item["slug"]):
        return existing
    from atnet.meetings.planning import next_working_day

    day = next_working_day(timezone.localdate() + dt.timedelta(days=item["days_from_now"]))
    start = dt.datetime.combine(day, dt.time(item["start_hour"]), ZoneInfo(settings.TIME_ZONE))
    page = EventPage(
        slug=item["slug"],
        start=start,
        end=start + dt.timedelta(hours=item["duration_hours"]),
        unit=AdministrativeUnit.objects.filter(code=item["unit"]).first(),
    )
    return _create(index, page, item)
