"""Reads for "where to get help". Every listing runs a fixed number of queries."""

import datetime
from urllib.parse import urlencode

from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale

from atnet.core.pagination import paginate
from atnet.geo.maps import Map, numeric_map
from atnet.geo.models import AdministrativeUnit

from .forms import ServiceFilterForm
from .models import VERIFY_EVERY, HelpIndexPage, HelpServicePage, ServiceStatus


def services_in(locale: Locale) -> QuerySet:
    """Open services (active or temporarily closed) of one language, nationwide ones first."""
    return (
        HelpServicePage.objects.live()
        .public()
        .filter(locale=locale)
        .exclude(status=ServiceStatus.CLOSED)
        .select_related("locale")
        .prefetch_related("phones", "units")
        .order_by("-nationwide", "kind", "title", "pk")
    )


def filter_services(services: QuerySet, filters: dict) -> QuerySet:
    """A service serving the whole country matches every region and district."""
    if kind := filters.get("kind"):
        services = services.filter(kind=kind)
    where = Q()
    if region := filters.get("region"):
        where &= Q(nationwide=True) | Q(units__development_region=region)
    if unit := filters.get("unit"):
        where &= Q(nationwide=True) | Q(units__code=unit)
    if not where:
        return services
    # Through a subquery, so that a service serving several matching units appears once.
    matching = HelpServicePage.objects.filter(where).values("pk")
    return services.filter(pk__in=matching)


def service_listing(*, index, request) -> dict:
    form = ServiceFilterForm(request.GET or None)
    filters = form.filters()
    listed = services_in(index.locale).descendant_of(index)
    services = filter_services(listed, filters)
    return {
        "items": paginate(request, services),
        "filter_form": form,
        "filters": filters,
        "services_map": services_map(
            filter_services(listed, {"kind": filters.get("kind")}), kind=filters.get("kind")
        ),
    }


def services_per_unit(services: QuerySet) -> dict[str, int]:
    """Local services (not the nationwide ones) serving each unit, by ISO code: one query."""
    through = HelpServicePage.units.through
    rows = (
        through.objects.filter(helpservicepage__in=services.order_by().values("pk"))
        .values("administrativeunit__code")
        .annotate(count=Count("helpservicepage", distinct=True))
    )
    return {row["administrativeunit__code"]: row["count"] for row in rows}


def _services(n: int) -> str:
    return ngettext("%(n)d local service", "%(n)d local services", n) % {"n": n}


def services_map(services: QuerySet, *, kind: str | None = None) -> Map:
    """Services per unit; each unit links to its list (of the same kind of help, if chosen),
    and the units without a local service are named."""
    local = services_per_unit(services.filter(nationwide=False))
    nationwide = services.filter(nationwide=True).count()
    units = list(AdministrativeUnit.objects.all())

    def link(code: str) -> str:
        return "?" + urlencode({"unit": code, **({"kind": kind} if kind else {})})

    data = numeric_map(
        "map-services", _("Local services per district or municipality"),
        _("Local services"), local, units=units, url=link, describe=_services,
    )  # fmt: skip
    without = [unit.name for unit in data.units if not local.get(unit.code)]
    if without:
        data.notes.append(_("No local service yet in: %(units)s.") % {"units": ", ".join(without)})
    data.notes.append(
        ngettext(
            "%(n)d service serves the whole country and helps in every unit.",
            "%(n)d services serve the whole country and help in every unit.",
            nationwide,
        )
        % {"n": nationwide}
    )
    return data


def help_index_for(locale: Locale) -> HelpIndexPage | None:
    return HelpIndexPage.objects.live().public().filter(locale=locale).first()


def services_to_verify(today: datetime.date | None = None) -> QuerySet:
    """Entries in every language never verified, or verified more than six months ago."""
    today = today or datetime.date.today()
    stale = Q(last_verified__isnull=True) | Q(last_verified__lt=today - VERIFY_EVERY)
    return (
        HelpServicePage.objects.exclude(status=ServiceStatus.CLOSED)
        .filter(stale)
        .select_related("locale")
        .order_by("last_verified", "title")
    )
