"""Reads for the project pages, the region page, the API and the IATI export."""

from collections import defaultdict
from decimal import Decimal

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from atnet.core.pagination import paginate
from atnet.network.fields import choice_list_contains

from .forms import ProjectFilterForm
from .models import ProjectPage, ProjectPartner, ProjectTransaction, TransactionType

# What the public page adds up; incoming funds and commitments are the same money
# seen from the receiving side, so they would count it twice.
TOTALS = (
    (_("Committed"), {TransactionType.OUTGOING_COMMITMENT}),
    (_("Disbursed"), {TransactionType.DISBURSEMENT}),
)


def _partners() -> Prefetch:
    return Prefetch("partners", queryset=ProjectPartner.objects.select_related("organisation"))


def _transactions() -> Prefetch:
    return Prefetch(
        "transactions", queryset=ProjectTransaction.objects.select_related("provider", "receiver")
    )


def projects_in(locale: Locale) -> QuerySet:
    return (
        ProjectPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("locale")
        .prefetch_related(_partners(), "units")
        .order_by("-planned_start", "title", "pk")
    )


def filter_projects(projects: QuerySet, filters: dict) -> QuerySet:
    if domain := filters.get("domain"):
        projects = projects.filter(choice_list_contains("domains", domain))
    if status := filters.get("status"):
        projects = projects.filter(status=status)
    if level := filters.get("level"):
        projects = projects.filter(level=level)
    if region := filters.get("region"):
        matching = ProjectPage.objects.filter(units__development_region=region).values("pk")
        projects = projects.filter(pk__in=matching)
    if unit := filters.get("unit"):
        projects = projects.filter(pk__in=ProjectPage.objects.filter(units__code=unit).values("pk"))
    return projects


def project_listing(*, index, request) -> dict:
    form = ProjectFilterForm(request.GET or None)
    filters = form.filters()
    projects = filter_projects(projects_in(index.locale).descendant_of(index), filters)
    return {"items": paginate(request, projects), "filter_form": form, "filters": filters}


def project_detail(project: ProjectPage) -> dict:
    indicators = list(project.indicators.all())
    results: dict[str, list] = {}
    for indicator in indicators:
        results.setdefault(indicator.result, []).append(indicator)
    return {
        "partners": list(project.partners.select_related("organisation")),
        "results": results,
        "documents": list(project.documents.select_related("document")),
        "units": list(project.units.all()),
        "totals": transaction_totals(recorded_transactions(_facts_page(project))),
    }


def _facts_page(project: ProjectPage) -> ProjectPage:
    """The page whose transactions count: the live Romanian one, as in the IATI export."""
    if project.locale.language_code == settings.LANGUAGE_CODE:
        return project
    source = (
        ProjectPage.objects.live()
        .public()
        .filter(
            translation_key=project.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .first()
    )
    return source or project


def recorded_transactions(project: ProjectPage) -> list[ProjectTransaction]:
    """The project's transactions up to today, by date; a future one is not a fact yet."""
    today = timezone.localdate()
    transactions = [t for t in project.transactions.all() if t.date <= today]
    return sorted(transactions, key=lambda t: (t.date, t.sort_order or 0))


def transaction_totals(transactions) -> list[tuple[str, list[tuple[str, Decimal]]]]:
    """(label, [(currency, total), ...]) for committed and disbursed, when there are any."""
    totals = []
    for label, types in TOTALS:
        sums: dict[str, Decimal] = defaultdict(Decimal)
        for transaction in transactions:
            if transaction.type in types:
                sums[transaction.currency] += transaction.amount
        if sums:
            totals.append((label, sorted(sums.items())))
    return totals


def public_projects() -> QuerySet:
    """Every live public project in every language, for the IATI export."""
    return (
        ProjectPage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related(
            _partners(), _transactions(), "units", "indicators", "documents__document"
        )
        .order_by("translation_key", "locale__language_code")
    )


def index_page(locale: Locale) -> Page | None:
    from .models import ProjectIndexPage

    return ProjectIndexPage.objects.live().public().filter(locale=locale).first()
