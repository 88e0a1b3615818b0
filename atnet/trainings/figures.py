"""People trained, computed from the records (never typed totals).

An attendance is an accepted enrolment with at least one day present; a person
trained is a distinct participant with at least one attendance. The reports
app can reuse `trained_figures()` and filter it with its own arguments.
"""

from django.db.models import Count, F
from django.db.models.functions import ExtractYear

from atnet.geo.models import AdministrativeUnit
from atnet.network.models import Gender

from .models import Audience, Enrolment, EnrolmentStatus

DIMENSIONS = {
    "profession": "participant__profession",
    "gender": "participant__gender",
    "unit": "session__unit__code",
    "year": "year",
}


def attendances(*, year: int | None = None, unit_code: str | None = None, course=None):
    """The enrolments that count as attendances, optionally filtered."""
    rows = Enrolment.objects.filter(status=EnrolmentStatus.ACCEPTED, days_attended__gt=0)
    if year:
        rows = rows.filter(session__start_date__year=year)
    if unit_code:
        rows = rows.filter(session__unit__code=unit_code)
    if course is not None:
        rows = rows.filter(session__course=course)
    return rows.annotate(year=ExtractYear("session__start_date"))


def trained_figures(**filters) -> dict:
    """Totals and one table per dimension: [{key, label, persons, attendances}], largest first."""
    rows = attendances(**filters)
    totals = rows.aggregate(persons=Count("participant", distinct=True), attendances=Count("pk"))
    tables = {name: _by(rows, path, name) for name, path in DIMENSIONS.items()}
    return {"totals": totals, **tables}


def _by(rows, path: str, name: str) -> list[dict]:
    grouped = (
        rows.values(key=F(path))
        .annotate(persons=Count("participant", distinct=True), attendances=Count("pk"))
        .order_by("key")
    )
    labels = _labels(name)
    table = [{**row, "label": labels.get(row["key"], str(row["key"]))} for row in grouped]
    if name != "year":
        table.sort(key=lambda row: (-row["persons"], row["label"]))
    return table


def _labels(name: str) -> dict:
    if name == "profession":
        return {value: str(label) for value, label in Audience.choices}
    if name == "gender":
        return {value: str(label) for value, label in Gender.choices}
    if name == "unit":
        return {unit.code: unit.name for unit in AdministrativeUnit.objects.all()}
    return {}
