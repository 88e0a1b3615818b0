"""Public API: projects of one language, the domains codelist and the IATI export."""

import datetime as dt
from decimal import Decimal

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from ninja import Router, Schema
from ninja.pagination import paginate

from atnet.api.common import ApiPagination, LanguageCode, ObjectId, locale_for
from atnet.geo.models import DevelopmentRegion
from atnet.network.models import Domain, Level

from .iati import export_activities
from .models import ProjectPage, ProjectStatus
from .selectors import filter_projects, projects_in

router = Router(tags=["projects"])


class PartnerOut(Schema):
    organisation: str
    organisation_slug: str
    role: str

    @staticmethod
    def resolve_organisation(partner) -> str:
        return partner.organisation.name

    @staticmethod
    def resolve_organisation_slug(partner) -> str:
        return partner.organisation.slug


class IndicatorOut(Schema):
    result: str
    indicator: str
    baseline: Decimal | None
    baseline_year: int | None
    target: Decimal | None
    actual: Decimal | None


class ProjectOut(Schema):
    id: int
    translation_key: str
    language: str
    title: str
    intro: str
    url: str
    status: ProjectStatus
    level: Level
    domains: list[Domain]
    unit_codes: list[str]
    planned_start: dt.date
    planned_end: dt.date | None
    actual_start: dt.date | None
    actual_end: dt.date | None
    budget: Decimal | None
    currency: str
    partners: list[PartnerOut]
    indicators: list[IndicatorOut]

    @staticmethod
    def resolve_translation_key(page) -> str:
        return str(page.translation_key)

    @staticmethod
    def resolve_language(page) -> str:
        return page.locale.language_code

    @staticmethod
    def resolve_unit_codes(page) -> list[str]:
        return [unit.code for unit in page.units.all()]

    @staticmethod
    def resolve_partners(page) -> list:
        return list(page.partners.all())

    @staticmethod
    def resolve_indicators(page) -> list:
        return list(page.indicators.all())

    @staticmethod
    def resolve_url(page, context) -> str:
        return page.get_full_url(context["request"])


class DomainOut(Schema):
    code: str
    name_ro: str
    name_en: str
    name_ru: str


@router.get("/projects", response=list[ProjectOut], summary="Supported projects")
@paginate(ApiPagination)
def list_projects(
    request,
    lang: LanguageCode | None = None,
    domain: Domain | None = None,
    status: ProjectStatus | None = None,
    level: Level | None = None,
    region: DevelopmentRegion | None = None,
):
    filters = {"domain": domain, "status": status, "level": level, "region": region}
    projects = filter_projects(
        projects_in(locale_for(lang, request)), {k: v for k, v in filters.items() if v}
    )
    return projects.prefetch_related("indicators")


@router.get(
    "/projects/domains",
    response=list[DomainOut],
    summary="The seven domains: the custom sector vocabulary (99) of the IATI export",
)
def list_domains(request):
    def name(domain, language):
        with translation.override(language):
            return str(domain.label)

    return [
        {"code": d.value, **{f"name_{lang}": name(d, lang) for lang in ("ro", "en", "ru")}}
        for d in Domain
    ]


@router.get(
    "/projects/iati-activities.xml",
    summary="Every public project as IATI 2.03 activity XML",
    response={200: None},
)
def iati_activities(request):
    xml = export_activities(base_url=request.build_absolute_uri("/").rstrip("/"))
    return HttpResponse(xml, content_type="application/xml; charset=utf-8")


@router.get("/projects/{project_id}", response=ProjectOut, summary="One project")
def get_project(request, project_id: ObjectId):
    projects = ProjectPage.objects.live().public().select_related("locale")
    projects = projects.prefetch_related("partners__organisation", "units", "indicators")
    return get_object_or_404(projects, pk=project_id)
