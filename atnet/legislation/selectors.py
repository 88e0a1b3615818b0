"""Reads for the legislation pages and API. Every listing runs a fixed number of queries."""

from django.db.models import Prefetch, QuerySet
from wagtail.models import Locale

from atnet.core.pagination import paginate

from .forms import ActFilterForm
from .models import ActPage, ActRelation

FIELD_LOOKUPS = {"act_type": "act_type", "status": "status", "year": "year", "topic": "topic"}


def acts_in(locale: Locale) -> QuerySet:
    return (
        ActPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("locale")
        .prefetch_related("contributions")
        .order_by("-year", "title", "pk")
    )


def filter_acts(acts: QuerySet, filters: dict) -> QuerySet:
    return acts.filter(**{FIELD_LOOKUPS[name]: value for name, value in filters.items()})


def act_listing(*, index, request) -> dict:
    form = ActFilterForm(request.GET or None)
    filters = form.filters()
    acts = filter_acts(acts_in(index.locale).descendant_of(index), filters)
    return {"items": paginate(request, acts), "filter_form": form, "filters": filters}


def act_relations(act: ActPage) -> list[dict]:
    """Related acts, each shown in the act's own language when translated."""
    relations = ActRelation.objects.filter(act=act).select_related("target")
    targets = {relation.target.translation_key for relation in relations}
    localized = {
        page.translation_key: page
        for page in ActPage.objects.live()
        .public()
        .filter(translation_key__in=targets, locale=act.locale)
    }
    return [
        {
            "relation": relation.get_relation_display(),
            "target": localized.get(relation.target.translation_key, relation.target),
        }
        for relation in relations
        if relation.target.live
    ]


def act_detail(act: ActPage) -> dict:
    documents = act.documents.select_related("document").order_by("sort_order")
    return {
        "timeline": act.timeline(),
        "related_acts": act_relations(act),
        "contributions": list(act.contributions.all()),
        "documents": list(documents),
        "sources": list(act.sources.all()),
    }


def acts_with_details(queryset: QuerySet) -> QuerySet:
    return queryset.prefetch_related(
        Prefetch("relations", queryset=ActRelation.objects.select_related("target")),
        "documents__document",
    )
