"""Public API: where to get help, in one language, filtered like the public page."""

import datetime as dt

from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.pagination import paginate

from atnet.api.common import ApiPagination, LanguageCode, ObjectId, locale_for
from atnet.geo.models import DevelopmentRegion

from .models import HelpServicePage, ServiceKind, ServiceStatus
from .selectors import filter_services, services_in

router = Router(tags=["help"])


class PhoneOut(Schema):
    number: str
    label: str
    tel: str


class ServiceOut(Schema):
    id: int
    translation_key: str
    language: str
    name: str
    kind: ServiceKind
    status: ServiceStatus
    description: str
    phones: list[PhoneOut]
    hours: str
    languages: str
    nationwide: bool
    unit_codes: list[str]
    free: bool
    anonymous: bool
    eligibility: str
    address: str
    website: str
    last_verified: dt.date | None
    verified_by: str
    is_example: bool
    url: str

    @staticmethod
    def resolve_translation_key(page) -> str:
        return str(page.translation_key)

    @staticmethod
    def resolve_language(page) -> str:
        return page.locale.language_code

    @staticmethod
    def resolve_name(page) -> str:
        return page.title

    @staticmethod
    def resolve_phones(page) -> list:
        return list(page.phones.all())

    @staticmethod
    def resolve_unit_codes(page) -> list[str]:
        return [unit.code for unit in page.units.all()]

    @staticmethod
    def resolve_url(page, context) -> str:
        return page.get_full_url(context["request"])


@router.get("/help-services", response=list[ServiceOut], summary="Where to get help")
@paginate(ApiPagination)
def list_services(
    request,
    lang: LanguageCode | None = None,
    kind: ServiceKind | None = None,
    region: DevelopmentRegion | None = None,
    unit: str | None = None,
):
    filters = {"kind": kind, "region": region, "unit": unit}
    services = services_in(locale_for(lang, request))
    return filter_services(services, {name: value for name, value in filters.items() if value})


@router.get("/help-services/{service_id}", response=ServiceOut, summary="One help service")
def get_service(request, service_id: ObjectId):
    services = HelpServicePage.objects.live().public().prefetch_related("phones", "units")
    return get_object_or_404(services.select_related("locale"), pk=service_id)
