"""Reads for the public website. Every listing runs a fixed number of queries."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.paginator import Page as ListingPage
from django.core.paginator import Paginator
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from wagtail.images.models import Rendition
from wagtail.models import Locale, Page

from .cache import cached
from .forms import EventFilterForm
from .models import EventPage, NewsPage, NewsPageTag, StandardPage
from .visibility import public_only

HOME_NEWS = 4
HOME_EVENTS = 3
RELATED_NEWS = 3


def _with_images(queryset: QuerySet) -> QuerySet:
    """Fetch lead images and their renditions with the pages: one query each, not one per item."""
    return queryset.select_related("lead_image").prefetch_related(
        Prefetch("lead_image__renditions", queryset=Rendition.objects.all())
    )


class CachedCountPaginator(Paginator):
    """Counts the items once per content change instead of on every view.

    COUNT(*) over a listing reads every row of it (30,000 news in a language:
    tens of milliseconds per view); the number only changes when pages are
    published, unpublished, moved or deleted, which drops the cached count.
    """

    def __init__(self, object_list, per_page, *, count_key: tuple):
        super().__init__(object_list, per_page)
        self.count_key = count_key

    @cached_property
    def count(self) -> int:
        return cached("count", self.count_key, lambda: Paginator.count.func(self))


def paginate_listing(request, items: QuerySet, *, count_key: tuple) -> ListingPage:
    """The requested page of `items`; a missing, malformed or too large number never fails."""
    paginator = CachedCountPaginator(items, settings.ATNET_PAGE_SIZE, count_key=count_key)
    return paginator.get_page(request.GET.get("page"))


# A card shows the title, date, intro and image: the body (a StreamField parsed
# from JSON when loaded, the largest column) is left in the database.
CARD_DEFERRED = ("body",)


# A listing takes a Locale or its id: pages pass `locale_id`, which needs no query.
def _news(locale: Locale | int) -> QuerySet:
    news = public_only(NewsPage.objects.live().filter(locale=locale)).order_by("-date", "-pk")
    return _with_images(news)


def news_cards_in(locale: Locale | int) -> QuerySet:
    """What a news card shows: the page and its lead image (no tags, no body)."""
    return _news(locale).defer(*CARD_DEFERRED)


def news_in(locale: Locale | int) -> QuerySet:
    return _news(locale).prefetch_related("tags")


def events_in(locale: Locale | int) -> QuerySet:
    return _with_images(
        public_only(EventPage.objects.live().filter(locale=locale)).select_related("unit")
    )


def upcoming_events(locale: Locale | int) -> QuerySet:
    return events_in(locale).filter(end__gte=timezone.now()).order_by("start", "pk")


def home_blocks(*, home) -> dict:
    """Lazy: read only when the template shows them, not when the page's cached content does."""
    areas = public_only(StandardPage.objects.live().descendant_of(home)).filter(area_of_work=True)
    return {
        "latest_news": SimpleLazyObject(lambda: list(news_cards_in(home.locale_id)[:HOME_NEWS])),
        "upcoming_events": SimpleLazyObject(
            lambda: list(upcoming_events(home.locale_id).defer(*CARD_DEFERRED)[:HOME_EVENTS])
        ),
        "areas_of_work": SimpleLazyObject(
            lambda: list(areas.defer(*CARD_DEFERRED).order_by("path"))
        ),
    }


def news_listing(*, index, request) -> dict:
    news = news_cards_in(index.locale_id).child_of(index)
    tag = request.GET.get("tag", "").strip()[:100]
    if tag:
        news = news.filter(pk__in=_tagged_with(tag_slugs=[tag]))
    items = paginate_listing(request, news, count_key=("news", index.pk, tag))
    return {"items": items, "tag": tag}


def _tagged_with(*, tag_ids=(), tag_slugs=()) -> QuerySet:
    """Ids of the news carrying one of the tags, for `pk__in`: a semi-join, so no
    DISTINCT over whole rows and PostgreSQL can stop at the first matches."""
    tagged = NewsPageTag.objects.all()
    tagged = tagged.filter(tag__slug__in=tag_slugs) if tag_slugs else tagged.filter(tag__in=tag_ids)
    return tagged.values("content_object_id")


def news_related(*, article, tags: list) -> list:
    """Up to three other news, newest first: those sharing a tag, then the latest."""
    others = news_cards_in(article.locale_id).exclude(translation_key=article.translation_key)
    related = []
    if tags:
        tagged = _tagged_with(tag_ids=[tag.pk for tag in tags])
        related = list(others.filter(pk__in=tagged)[:RELATED_NEWS])
    if len(related) < RELATED_NEWS:
        seen = [page.pk for page in related]
        related += list(others.exclude(pk__in=seen)[: RELATED_NEWS - len(related)])
    return related


def _month_range(month: dt.date) -> tuple[dt.datetime, dt.datetime]:
    zone = ZoneInfo(settings.TIME_ZONE)
    first = dt.datetime(month.year, month.month, 1, tzinfo=zone)
    following = dt.datetime(month.year + month.month // 12, month.month % 12 + 1, 1, tzinfo=zone)
    return first, following


def filter_events(events: QuerySet, *, when: str, region: str | None, month) -> QuerySet:
    now = timezone.now()
    if when == EventFilterForm.PAST:
        events = events.filter(end__lt=now).order_by("-start", "-pk")
    else:
        events = events.filter(end__gte=now).order_by("start", "pk")
    if region:
        events = events.filter(unit__development_region=region)
    if month:
        first, following = _month_range(month)
        events = events.filter(start__gte=first, start__lt=following)
    return events


def event_listing(*, index, request) -> dict:
    form = EventFilterForm(request.GET or None)
    filters = form.filters()
    events = events_in(index.locale_id).child_of(index).defer(*CARD_DEFERRED)
    events = filter_events(events, **filters)
    count_key = ("events", index.pk, *sorted((name, str(value)) for name, value in filters.items()))
    items = paginate_listing(request, events, count_key=count_key)
    return {"items": items, "filter_form": form, "filters": filters}


def page_translations(page: Page) -> dict[str, Page]:
    """The live, public translations of `page` (itself included), by language code."""
    translations = public_only(Page.objects.live().filter(translation_key=page.translation_key))
    translations = translations.select_related("locale")
    return {translation.locale.language_code: translation for translation in translations}


def menu_pages(home: Page) -> list[Page]:
    return list(public_only(home.get_children().live().in_menu()).order_by("path"))


def live_page_url(page_type: type[Page], language: str) -> str:
    """The address of the live public page of `page_type` in `language`, or "" if none
    (the one directory, catalogue or library page of each language)."""
    pages = public_only(page_type.objects.live().filter(locale__language_code=language))
    page = pages.order_by("path").first()
    return page.get_url() if page else ""
