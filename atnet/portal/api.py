import datetime as dt

from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.pagination import paginate

from atnet.api.common import ApiPagination, LanguageCode, ObjectId, locale_for

from .models import NewsPage
from .selectors import events_in, news_in
from .visibility import public_only

router = Router(tags=["content"])


class _PageSchema(Schema):
    id: int
    translation_key: str
    language: str
    title: str
    intro: str
    url: str

    @staticmethod
    def resolve_translation_key(page) -> str:
        return str(page.translation_key)

    @staticmethod
    def resolve_language(page) -> str:
        return page.locale.language_code

    @staticmethod
    def resolve_url(page, context) -> str:
        return page.get_full_url(context["request"])


class NewsItem(_PageSchema):
    date: dt.date
    tags: list[str]

    @staticmethod
    def resolve_tags(page) -> list[str]:
        return [tag.name for tag in page.tags.all()]


class EventItem(_PageSchema):
    start: dt.datetime
    end: dt.datetime
    venue: str
    organiser: str
    unit_code: str | None
    development_region: str | None

    @staticmethod
    def resolve_unit_code(page) -> str | None:
        return page.unit.code if page.unit else None

    @staticmethod
    def resolve_development_region(page) -> str | None:
        return page.unit.development_region if page.unit else None


@router.get("/news", response=list[NewsItem], summary="News articles, newest first")
@paginate(ApiPagination)
def list_news(request, lang: LanguageCode | None = None):
    return news_in(locale_for(lang, request)).select_related("locale")


@router.get("/news/{news_id}", response=NewsItem, summary="One news article")
def get_news(request, news_id: ObjectId):
    return get_object_or_404(
        public_only(NewsPage.objects.live()).select_related("locale"), pk=news_id
    )


@router.get("/events", response=list[EventItem], summary="Events, soonest first")
@paginate(ApiPagination)
def list_events(request, lang: LanguageCode | None = None):
    return events_in(locale_for(lang, request)).select_related("locale").order_by("start", "pk")
