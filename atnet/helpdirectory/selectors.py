"""Reads for "where to get help". Every listing runs a fixed number of queries."""

import datetime

from django.db.models import Q, QuerySet
from wagtail.models import Locale

from atnet.core.pagination import paginate

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
    services = filter_services(services_in(index.locale).descendant_of(index), filters)
    return {"items": paginate(request, services), "filter_form": form, "filters": filters}


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
