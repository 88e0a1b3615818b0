"""What the programme paid for: training sessions and conference participations by funder.

A row is one funder in one currency: amounts in different currencies are never
added together (rates are not records). Sessions count by their first day,
participations by the conference's first day. Cost data is internal: this
figure is on the coordinators' dashboard only, never among the public figures.
"""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet, Sum
from django.utils.translation import gettext_lazy as _

from atnet.network.fields import choice_list_contains
from atnet.network.models import Organisation
from atnet.support.models import ConferenceParticipation
from atnet.trainings.models import Session

from ..period import Period
from .base import Figure, Row, Spec

NO_REGION = _("Conference participations have no region: they are counted for every region.")
NO_DOMAIN = _("Conference participations have no domain: they are counted for every domain.")
COSTED = Q(funded_by__isnull=False) | Q(cost_amount__isnull=False)
COLUMNS = [
    ("records", _("Records")),
    ("sessions", _("Training sessions")),
    ("session_cost", _("Cost of training sessions")),
    ("participations", _("Conference participations")),
    ("participation_cost", _("Cost of conference participations")),
    ("cost", _("Total cost")),
]


@dataclass(frozen=True)
class Costed:
    """The records behind the figure: two kinds, so two querysets."""

    sessions: QuerySet
    participations: QuerySet

    def filter(self, condition: Q) -> "Costed":
        return Costed(self.sessions.filter(condition), self.participations.filter(condition))


def costed(period: Period) -> Costed:
    """Sessions and participations of the period with a funder or a cost recorded."""
    sessions = Session.objects.filter(
        COSTED, start_date__gte=period.start, start_date__lte=period.end
    )
    participations = ConferenceParticipation.objects.filter(
        COSTED, conference__start_date__gte=period.start, conference__start_date__lte=period.end
    )
    if period.region:
        sessions = sessions.filter(unit__development_region=period.region)
    if period.domain:
        sessions = sessions.filter(choice_list_contains("course__domains", period.domain))
    return Costed(sessions, participations)


def row_key(funder_id, currency: str) -> str:
    """`<funder id>:<currency>`; either part is empty when not recorded."""
    return f"{'' if funder_id is None else funder_id}:{currency or ''}"


def narrow(rows: Costed, key: str) -> Costed:
    """The records of one row (funder and currency); none for a key no row can have."""
    funder, _sep, currency = key.partition(":")
    usable = funder == "" or (funder.isascii() and funder.isdigit() and len(funder) < 19)
    if not usable or "\x00" in currency:  # PostgreSQL refuses a NUL in a string
        return rows.filter(Q(pk__in=[]))
    by_funder = Q(funded_by__isnull=True) if funder == "" else Q(funded_by_id=int(funder))
    return rows.filter(by_funder & Q(cost_currency=currency[:3]))


def _groups(queryset: QuerySet) -> list[dict]:
    return list(
        queryset.values("funded_by", "cost_currency")
        .annotate(count=Count("pk"), amount=Sum("cost_amount"))
        .order_by()
    )


def _add(total, amount):
    return amount if total is None else total if amount is None else total + amount


def cost_figure(spec: Spec, period: Period) -> Figure:
    """Three queries: the sessions' groups, the participations' groups, the funders' names."""
    sources = spec.source(period)
    values = {}
    for kind, source in (("session", sources.sessions), ("participation", sources.participations)):
        for group in _groups(source):
            key = (group["funded_by"], group["cost_currency"])
            row = values.setdefault(key, dict.fromkeys(dict(COLUMNS)) | {"records": 0})
            row[f"{kind}s"] = group["count"]
            row[f"{kind}_cost"] = group["amount"]
            row["records"] += group["count"]
            row["cost"] = _add(row["cost"], group["amount"])
    names = _names({funder for funder, _currency in values if funder is not None})
    rows = [
        Row(row_key(funder, currency), _label(names.get(funder), currency), _zeroes(row))
        for (funder, currency), row in values.items()
    ]
    rows.sort(key=lambda row: (row.key.partition(":")[2] or "~", -(row["cost"] or 0), row.label))
    figure = Figure(spec.slug, spec.title, COLUMNS, rows, "records")
    notes = {"region": NO_REGION, "domain": NO_DOMAIN}
    figure.notes.append(str(_("Amounts in different currencies are never added together.")))
    figure.notes.extend(str(note) for scope, note in notes.items() if getattr(period, scope))
    return figure


def _zeroes(row: dict) -> dict:
    return row | {name: row[name] or 0 for name in ("sessions", "participations")}


def _names(ids: set) -> dict:
    funders = Organisation.objects.filter(pk__in=ids).only("name_ro", "name_en", "name_ru")
    return {funder.pk: funder.name for funder in funders}


def _label(name: str | None, currency: str) -> str:
    funder = name or str(_("No funder recorded"))
    return f"{funder} ({currency or _('no cost recorded')})"


SPECS = [
    Spec(
        "costs-by-funder", _("Costs by funder and currency"), costed, "funded_by", cost_figure,
        "costs", narrow=narrow,
    ),
]  # fmt: skip
