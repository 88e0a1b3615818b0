"""Public API: glossary terms of one language with their definitions and sources."""

from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.pagination import paginate

from atnet.api.common import ApiPagination, LanguageCode, ObjectId, locale_for

from .alphabet import sort_key
from .models import TermPage
from .selectors import terms_in

router = Router(tags=["glossary"])


class TermOut(Schema):
    id: int
    translation_key: str
    language: str
    term: str
    definition: str
    source_instrument: str
    source_year: int | None
    source_url: str
    url: str

    @staticmethod
    def resolve_translation_key(page) -> str:
        return str(page.translation_key)

    @staticmethod
    def resolve_language(page) -> str:
        return page.locale.language_code

    @staticmethod
    def resolve_term(page) -> str:
        return page.title

    @staticmethod
    def resolve_url(page, context) -> str:
        return page.get_full_url(context["request"])


@router.get("/glossary", response=list[TermOut], summary="Glossary terms, A to Z")
@paginate(ApiPagination)
def list_terms(request, lang: LanguageCode | None = None):
    locale = locale_for(lang, request)
    return sorted(terms_in(locale), key=lambda term: sort_key(term.title, locale.language_code))


@router.get("/glossary/{term_id}", response=TermOut, summary="One glossary term")
def get_term(request, term_id: ObjectId):
    return get_object_or_404(TermPage.objects.live().public().select_related("locale"), pk=term_id)
