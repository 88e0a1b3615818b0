"""Support to national authorities: equipment delivered and key materials distributed."""

from django.db.models import Count, Sum
from django.utils.translation import gettext_lazy as _

from atnet.network.fields import choice_list_contains
from atnet.support.models import Distribution, Equipment, EquipmentCategory, EquipmentStatus

from ..period import Period
from .base import Figure, Spec, choice_label, grouped, label_fields, localised_label

NO_REGION = _("Distributions have no administrative unit: this figure covers every region.")
NO_DOMAIN = _("Equipment has no domain: this figure covers every domain.")


def equipment_delivered(period: Period):
    """Equipment handed over in the period (delivered, in use or since written off)."""
    rows = Equipment.objects.exclude(status=EquipmentStatus.PLANNED).filter(
        date__gte=period.start, date__lte=period.end
    )
    if period.region:
        rows = rows.filter(unit__development_region=period.region)
    return rows


def distributions(period: Period):
    rows = Distribution.objects.filter(date__gte=period.start, date__lte=period.end)
    if period.domain:
        rows = rows.filter(choice_list_contains("material__domains", period.domain))
    return rows


def measures_figure(spec: Spec, period: Period) -> Figure:
    """Several sums or counts per group, from the spec's `measures` (name: (expression, label))."""
    measures = spec.extra["measures"]
    expressions = {name: expression for name, (expression, _label) in measures.items()}
    rows = grouped(spec, period, expressions, labels=spec.extra.get("labels"), ordered=False)
    measure = spec.extra["measure"]
    rows.sort(key=lambda row: (-(row[measure] or 0), row.label))
    columns = [(name, label) for name, (_expression, label) in measures.items()]
    figure = Figure(spec.slug, spec.title, columns, rows, measure)
    notes = spec.extra.get("notes", {})
    figure.notes.extend(str(note) for scope, note in notes.items() if getattr(period, scope))
    return figure


SPECS = [
    Spec(
        "equipment-by-category", _("Equipment delivered by category"), equipment_delivered,
        "category", measures_figure, "equipment", label=choice_label(EquipmentCategory.choices),
        extra={
            "measures": {
                "quantity": (Sum("quantity"), _("Pieces")),
                "deliveries": (Count("pk"), _("Deliveries")),
                "recipients": (Count("recipient", distinct=True), _("Recipient authorities")),
            },
            "measure": "quantity",
            "notes": {"domain": NO_DOMAIN},
        },
    ),
    Spec(
        "materials-distributed", _("Key materials distributed"), distributions, "material",
        measures_figure, "distributions", label=localised_label("label"),
        extra={
            "labels": label_fields("material", "title"),
            "measures": {
                "copies": (Sum("copies"), _("Copies")),
                "distributions": (Count("pk"), _("Distributions")),
                "organisations": (Count("organisation", distinct=True), _("Organisations reached")),
            },
            "measure": "copies",
            "notes": {"region": NO_REGION},
        },
    ),
]  # fmt: skip
