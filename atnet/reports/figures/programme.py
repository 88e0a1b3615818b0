"""Projects by domain and status with budgets, legislation by status, organisations active.

Projects and acts are Wagtail pages translated into three languages; only the
pages of the default language are counted, so a project is counted once.
"""

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from atnet.legislation.models import ActPage, ActStatus
from atnet.network.fields import choice_list_contains
from atnet.network.models import Activity, Domain
from atnet.projects.models import Currency, ProjectPage, ProjectStatus

from ..period import Period
from .base import (
    Figure,
    Row,
    Spec,
    choice_label,
    count_figure,
    label_fields,
    localised_label,
)
from .support import measures_figure

MULTIPLE_DOMAINS = _(
    "A project may work in several domains, so the rows add up to more than the projects."
)
NO_REGION = _("Acts have no region: this figure covers every region.")
NO_DOMAIN = _("Acts have no domain: this figure covers every domain.")


def projects(period: Period):
    """Projects (in the default language) running at some time in the period."""
    rows = ProjectPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    rows = rows.alias(
        began=Coalesce("actual_start", "planned_start"), ended=Coalesce("actual_end", "planned_end")
    ).filter(Q(ended__gte=period.start) | Q(ended__isnull=True), began__lte=period.end)
    if period.region:
        in_region = ProjectPage.objects.filter(units__development_region=period.region)
        rows = rows.filter(pk__in=in_region.values("pk"))
    if period.domain:
        rows = rows.filter(choice_list_contains("domains", period.domain))
    return rows


def acts(period: Period):
    return ActPage.objects.live().filter(
        locale__language_code=settings.LANGUAGE_CODE,
        year__gte=period.start.year,
        year__lte=period.end.year,
    )


def activities(period: Period):
    """Activities of network organisations running at some time in the period."""
    rows = Activity.objects.filter(start_date__lte=period.end).filter(
        Q(end_date__gte=period.start) | Q(end_date__isnull=True)
    )
    if period.domain:
        rows = rows.filter(choice_list_contains("domains", period.domain))
    if period.region:
        # The grouping by unit reuses this join, so only the region's units are counted.
        rows = rows.filter(regions__development_region=period.region)
    return rows


def budgets(condition: Q | None = None) -> dict:
    """The sum of budgets per currency (never converted: rates are not records)."""
    return {
        f"budget_{currency.lower()}": Sum(
            "budget", filter=Q(currency=currency) & (condition or Q())
        )
        for currency in Currency.values
    }


BUDGET_COLUMNS = [
    (f"budget_{c.lower()}", _("Budget (%(currency)s)") % {"currency": c}) for c in Currency.values
]


def domain_figure(spec: Spec, period: Period) -> Figure:
    """Projects per domain: one aggregate query grouped by the list of domains and currency.

    Each group (projects with the same domains and currency) is then counted in
    every domain of its list. One filtered count and sum per domain and currency
    (28 aggregates) would give the same numbers, but Django takes tens of
    milliseconds to compile them, a hundred times the query itself.
    """

    groups = spec.source(period).values("domains", "currency")
    groups = groups.annotate(projects=Count("pk"), budget=Sum("budget")).order_by()
    totals = {domain: {"projects": 0, **dict.fromkeys(dict(BUDGET_COLUMNS))} for domain in Domain}
    for group in groups:
        for domain in set(group["domains"] or []) & set(Domain.values):
            values = totals[domain]
            values["projects"] += group["projects"]
            if group["budget"] is not None and group["currency"] in Currency.values:
                key = f"budget_{group['currency'].lower()}"
                values[key] = (values[key] or 0) + group["budget"]
    rows = [Row(domain.value, str(domain.label), totals[domain]) for domain in Domain]
    rows.sort(key=lambda row: (-row["projects"], row.label))
    columns = [("projects", _("Projects")), *BUDGET_COLUMNS]
    return Figure(spec.slug, spec.title, columns, rows, "projects", notes=[str(MULTIPLE_DOMAINS)])


def _with_notes(build, notes: dict):
    def wrapped(spec: Spec, period: Period) -> Figure:
        figure = build(spec, period)
        figure.notes.extend(str(note) for scope, note in notes.items() if getattr(period, scope))
        return figure

    return wrapped


SPECS = [
    Spec(
        "projects-by-domain", _("Projects by domain, with budgets"), projects, "domains",
        domain_figure, "projects",
        narrow=lambda rows, key: rows.filter(choice_list_contains("domains", key)),
    ),
    Spec(
        "projects-by-status", _("Projects by status, with budgets"), projects, "status",
        measures_figure, "projects", label=choice_label(ProjectStatus.choices),
        extra={
            "measures": {"projects": (Count("pk"), _("Projects"))}
            | {key: (sum_, dict(BUDGET_COLUMNS)[key]) for key, sum_ in budgets().items()},
            "measure": "projects",
        },
    ),
    Spec(
        "legislation-by-status", _("Normative acts by status"), acts, "status",
        _with_notes(count_figure, {"region": NO_REGION, "domain": NO_DOMAIN}), "acts",
        label=choice_label(ActStatus.choices), extra={"column": _("Acts")},
    ),
    Spec(
        "organisations-active-by-unit", _("Organisations active by unit"), activities,
        "regions__code",
        measures_figure, "activities", label=localised_label("label"),
        extra={
            "labels": label_fields("regions"),
            "measures": {
                "organisations": (Count("organisation", distinct=True), _("Organisations")),
            },
            "measure": "organisations",
        },
    ),
]  # fmt: skip
