"""Public API: normative acts in one language, with their partners, relations and documents."""

import datetime as dt

from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.pagination import paginate

from atnet.api.common import ApiPagination, LanguageCode, ObjectId, locale_for

from .models import ActPage, ActStatus, ActType, Topic
from .selectors import acts_in, acts_with_details, filter_acts

router = Router(tags=["legislation"])


class ContributionOut(Schema):
    partner: str
    contribution: str


class RelationOut(Schema):
    relation: str
    target_id: int
    target_translation_key: str

    @staticmethod
    def resolve_target_translation_key(relation) -> str:
        return str(relation.target.translation_key)


class DocumentOut(Schema):
    language: str
    title: str
    url: str
    unofficial_translation: bool

    @staticmethod
    def resolve_unofficial_translation(document) -> bool:
        return document.unofficial


class ActOut(Schema):
    id: int
    translation_key: str
    language: str
    title: str
    intro: str
    url: str
    act_type: ActType
    status: ActStatus
    topic: Topic
    number: str
    year: int | None
    date_drafted: dt.date | None
    date_adopted: dt.date | None
    date_published: dt.date | None
    date_in_force: dt.date | None
    date_amended: dt.date | None
    date_repealed: dt.date | None
    publication: str
    contributions: list[ContributionOut]
    relations: list[RelationOut]
    documents: list[DocumentOut]

    @staticmethod
    def resolve_translation_key(page) -> str:
        return str(page.translation_key)

    @staticmethod
    def resolve_language(page) -> str:
        return page.locale.language_code

    @staticmethod
    def resolve_url(page, context) -> str:
        return page.get_full_url(context["request"])


@router.get("/legislation", response=list[ActOut], summary="Normative acts and drafts")
@paginate(ApiPagination)
def list_acts(
    request,
    lang: LanguageCode | None = None,
    act_type: ActType | None = None,
    status: ActStatus | None = None,
    year: int | None = None,
    topic: Topic | None = None,
):
    filters = {"act_type": act_type, "status": status, "year": year, "topic": topic}
    acts = filter_acts(acts_in(locale_for(lang, request)), {k: v for k, v in filters.items() if v})
    return acts_with_details(acts)


@router.get("/legislation/{act_id}", response=ActOut, summary="One normative act")
def get_act(request, act_id: ObjectId):
    acts = acts_with_details(ActPage.objects.live().public().select_related("locale"))
    return get_object_or_404(acts, pk=act_id)
