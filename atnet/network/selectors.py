"""Reads for the network. Every listing runs a fixed number of queries."""

from urllib.parse import urlencode

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from atnet.accounts.roles import is_coordinator
from atnet.core.text import search_terms
from atnet.geo.maps import Map, numeric_map
from atnet.geo.models import AdministrativeUnit
from atnet.geo.selectors import region_grid

from .models import Activity, Domain, Organisation
from .permissions import is_member


def _folded_search(queryset: QuerySet, query: str | None) -> QuerySet:
    """Every word of the query, folded like the index column (case and diacritics)."""
    for term in search_terms(query or ""):
        queryset = queryset.filter(search_folded__contains=term)
    return queryset


def _in_place(queryset: QuerySet, prefix: str, unit: str | None, region: str | None):
    if unit:
        queryset = queryset.filter(**{f"{prefix}regions__code": unit})
    if region:
        queryset = queryset.filter(**{f"{prefix}regions__development_region": region})
    return queryset.distinct() if unit or region else queryset


def organisations_filter(queryset: QuerySet, *, q=None, type=None, unit=None, region=None,
                         domain=None, **_ignored) -> QuerySet:  # fmt: skip
    queryset = _folded_search(queryset, q)
    if type:
        queryset = queryset.filter(type=type)
    if domain:
        queryset = queryset.with_domain(domain)
    return _in_place(queryset, "", unit, region)


def organisations_listing(queryset: QuerySet) -> QuerySet:
    return queryset.prefetch_related("regions").order_by("name_ro", "pk")


def activities_visible(user) -> QuerySet:
    """Members and coordinators see every activity; everyone else the public ones."""
    if is_coordinator(user) or (user.is_authenticated and is_member(user)):
        return Activity.objects.all()
    return Activity.objects.public()


def activities_filter(queryset: QuerySet, *, q=None, type=None, unit=None, region=None,
                      domain=None, status=None, organisation=None, period_from=None,
                      period_to=None, **_ignored) -> QuerySet:  # fmt: skip
    queryset = _folded_search(queryset, q)
    if type:
        queryset = queryset.filter(organisation__type=type)
    if domain:
        queryset = queryset.with_domain(domain)
    if status:
        queryset = queryset.filter(status=status)
    if organisation:
        pk = getattr(organisation, "pk", organisation)
        queryset = queryset.filter(Q(organisation_id=pk) | Q(partners__pk=pk))
        queryset = queryset.distinct()
    if period_from:
        queryset = queryset.filter(Q(end_date__gte=period_from) | Q(end_date__isnull=True))
    if period_to:
        queryset = queryset.filter(start_date__lte=period_to)
    return _in_place(queryset, "", unit, region)


def activities_listing(queryset: QuerySet, *, public_partners: bool = False) -> QuerySet:
    partners = Organisation.objects.public() if public_partners else Organisation.objects.all()
    return queryset.select_related("organisation").prefetch_related(
        "regions", Prefetch("partners", queryset=partners.order_by("name_ro"))
    )


def unit_counts(activities: QuerySet) -> dict[str, int]:
    """How many of `activities` take place in each unit, by ISO code (one query)."""
    through = Activity.regions.through
    rows = (
        through.objects.filter(activity__in=activities.order_by().values("pk"))
        .values("administrativeunit__code")
        .annotate(count=Count("activity", distinct=True))
    )
    return {row["administrativeunit__code"]: row["count"] for row in rows}


def organisations_per_unit(organisations: QuerySet) -> dict[str, int]:
    """How many of `organisations` work in each unit, by ISO code (one query)."""
    through = Organisation.regions.through
    rows = (
        through.objects.filter(organisation__in=organisations.order_by().values("pk"))
        .values("administrativeunit__code")
        .annotate(count=Count("organisation", distinct=True))
    )
    return {row["administrativeunit__code"]: row["count"] for row in rows}


def organisations_map(organisations: QuerySet, filters: dict) -> Map:
    """Organisations per unit (with the other filters kept); each unit links to its list."""
    kept = {key: value for key, value in filters.items() if value and key not in ("unit", "region")}

    def link(code: str) -> str:
        return "?" + urlencode({**kept, "unit": code})

    def describe(n: int) -> str:
        return ngettext("%(n)d organisation", "%(n)d organisations", n) % {"n": n}

    return numeric_map(
        "map-organisations", _("Organisations per district or municipality"),
        _("Organisations"), organisations_per_unit(organisations),
        units=list(AdministrativeUnit.objects.all()), url=link, describe=describe,
    )  # fmt: skip


def activities_grid(activities: QuerySet) -> list[dict]:
    return region_grid(unit_counts(activities))


def region_overview(*, unit: AdministrativeUnit, activities: QuerySet) -> dict:
    """Who works in `unit` on what, and the domains where nobody does."""
    here = activities_listing(activities.filter(regions=unit)).order_by("-start_date", "pk")
    organisations = organisations_listing(Organisation.objects.filter(regions=unit))
    here, organisations = list(here), list(organisations)
    by_domain = []
    for domain in Domain:
        doing = [a for a in here if domain.value in a.domains]
        present = [o for o in organisations if domain.value in o.domains]
        by_domain.append({"domain": domain, "activities": doing, "organisations": present})
    return {
        "unit": unit,
        "activities": here,
        "organisations": organisations,
        "by_domain": by_domain,
        "uncovered": [row["domain"] for row in by_domain if not row["activities"]],
    }
