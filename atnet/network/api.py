"""Public organisations and public activities. Never personal data (no people, no users)."""

import datetime as dt

from django.shortcuts import get_object_or_404
from django.utils import translation
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from atnet.api.common import ApiPagination, LanguageCode, ObjectId
from atnet.geo.models import DevelopmentRegion

from . import selectors
from .models import Activity, ActivityStatus, Domain, Organisation, OrganisationType

router = Router(tags=["network"])


def _activate(lang: LanguageCode | None, request) -> None:
    """Names come in the requested language, else the one the client accepts."""
    translation.activate(lang.value if lang else translation.get_language_from_request(request))


class OrganisationFilters(Schema):
    q: str | None = None
    type: OrganisationType | None = None
    unit: str | None = None
    region: DevelopmentRegion | None = None
    domain: Domain | None = None


class ActivityFilters(OrganisationFilters):
    status: ActivityStatus | None = None
    organisation: int | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None


class Unit(Schema):
    code: str
    name: str
    development_region: str


class OrganisationRef(Schema):
    id: int
    slug: str
    name: str


class OrganisationItem(OrganisationRef):
    name_ro: str
    name_en: str
    name_ru: str
    acronym: str
    type: str
    level: str
    domains: list[str]
    regions: list[Unit]
    description: str
    address: str
    phone: str
    email: str
    website: str
    last_verified: dt.date | None

    @staticmethod
    def resolve_regions(organisation) -> list:
        return list(organisation.regions.all())


class ActivityItem(Schema):
    id: int
    title: str
    description: str
    organisation: OrganisationRef
    domains: list[str]
    regions: list[Unit]
    start_date: dt.date
    end_date: dt.date | None
    status: str
    target_groups: list[str]
    partners: list[OrganisationRef]

    @staticmethod
    def resolve_regions(activity) -> list:
        return list(activity.regions.all())

    @staticmethod
    def resolve_partners(activity) -> list:
        return list(activity.partners.all())


def _clean(filters: Schema) -> dict:
    return {name: value for name, value in filters.dict().items() if value not in (None, "")}


@router.get(
    "/network/organisations",
    response=list[OrganisationItem],
    summary="Public organisation profiles, filtered by type, unit, region, domain or name",
)
@paginate(ApiPagination)
def list_organisations(
    request, filters: Query[OrganisationFilters], lang: LanguageCode | None = None
):
    _activate(lang, request)
    found = selectors.organisations_filter(Organisation.objects.public(), **_clean(filters))
    return selectors.organisations_listing(found)


@router.get("/network/organisations/{organisation_id}", response=OrganisationItem)
def get_organisation(request, organisation_id: ObjectId, lang: LanguageCode | None = None):
    _activate(lang, request)
    return get_object_or_404(
        Organisation.objects.public().prefetch_related("regions"), pk=organisation_id
    )


@router.get(
    "/network/activities",
    response=list[ActivityItem],
    summary="Public activities and initiatives, with the filters of the directory",
)
@paginate(ApiPagination)
def list_activities(request, filters: Query[ActivityFilters], lang: LanguageCode | None = None):
    _activate(lang, request)
    criteria = _clean(filters)
    public = Activity.objects.public()
    if (
        "organisation" in criteria
        and not Organisation.objects.public().filter(pk=criteria["organisation"]).exists()
    ):
        public = public.none()  # a members-only organisation's partnerships stay private
    found = selectors.activities_filter(public, **criteria)
    return selectors.activities_listing(found, public_partners=True).order_by("-start_date", "pk")
