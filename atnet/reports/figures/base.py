"""What a figure is: a table of grouped counts computed by one aggregate query.

A figure's rows come from `queryset.values(key=...).annotate(...)`: one query
whatever the amount of data. Figures that count people also carry the gender
lens (women, men, other, not stated, share of women) and a total row from one
more aggregate query, because unique people cannot be summed over rows.
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from types import MappingProxyType

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from atnet.core.forms import MAX_ID, ascii_int
from atnet.network.models import Gender

from ..period import Period
from .cache import cached_figure

GENDER_COLUMNS = [
    ("women", _("Women")),
    ("men", _("Men")),
    ("other", _("Other")),
    ("unstated", _("Not stated")),
]
SHARE = ("share_women", _("Share of women"))


@dataclass
class Row:
    key: str
    label: str
    values: dict

    def __getitem__(self, name):
        # KeyError for anything else, so templates still find .key, .label and .url.
        return self.values[name]


@dataclass
class Figure:
    slug: str
    title: str
    columns: list[tuple[str, str]]
    rows: list[Row]
    measure: str
    chart: str = "bar"
    total: Row | None = None
    people: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def missing_gender(self) -> int | None:
        """People whose gender was not recorded (None for figures that do not count people)."""
        return self.total["unstated"] if self.people and self.total else None

    @property
    def cells(self) -> list[list]:
        """Each row's values in column order (for templates and exports)."""
        return [[row.values.get(key) for key, _label in self.columns] for row in self.rows]


@dataclass(frozen=True)
class Spec:
    """How to compute one figure and find the records behind each of its rows."""

    slug: str
    title: str
    source: Callable[[Period], QuerySet]
    key: str
    build: Callable[["Spec", Period], Figure]
    records: str
    label: Callable | None = None
    narrow: Callable[[QuerySet, str], QuerySet] | None = None
    extra: dict = field(default_factory=dict)

    def compute(self, period: Period) -> Figure:
        return cached_figure(self.slug, period, lambda: self.build(self, period))

    def records_of(self, period: Period, key: str | None) -> QuerySet:
        """The records behind one row (or behind the whole figure when key is None)."""
        rows = self.source(period)
        if key is None:
            return rows
        if self.narrow:
            return self.narrow(rows, key)
        if key == "":
            return rows.filter(**{f"{self.key}__isnull": True})
        if not _usable_key(rows.model, self.key, key):
            return rows.none()  # no row has such a key; the query would fail on it
        return rows.filter(**{self.key: key})


def people(identity: str, gender_path: str, walk_ins: bool, **where) -> Count:
    """Unique people: distinct `identity`, plus each row without one (a walk-in) when allowed."""
    condition = Q(**where) if where else None
    distinct = Count(identity, distinct=True, filter=condition)
    if not walk_ins:
        return distinct
    alone = Q(**{f"{identity}__isnull": True}) & (condition or Q())
    return distinct + Count("pk", filter=alone)


@functools.cache
def people_measures(identity: str, gender_path: str, *, walk_ins: bool = False) -> MappingProxyType:
    """People, rows (attendances) and the people of each gender, as aggregate expressions.

    Made once per figure kind: building them is a good part of what a figure
    costs once its SQL is compiled, and querysets copy what they are given.
    """
    genders = {"women": Gender.FEMALE, "men": Gender.MALE, "other": Gender.OTHER}
    measures = {
        "people": people(identity, gender_path, walk_ins),
        "attendances": Count("pk"),
    }
    for name, value in genders.items():
        measures[name] = people(identity, gender_path, walk_ins, **{gender_path: value})
    measures["unstated"] = people(identity, gender_path, walk_ins, **{gender_path: ""})
    return MappingProxyType(measures)  # shared by every call: read-only


def with_share(values: dict) -> dict:
    """Adds the share of women among people whose gender is known (None when none is)."""
    known = values["women"] + values["men"] + values["other"]
    share = round(100 * values["women"] / known, 1) if known else None
    return {**values, "share_women": share}


def localised_label(prefix: str) -> Callable[[dict], str]:
    """A label from the three-language columns fetched with the row (prefix_ro/en/ru)."""

    def label(row: dict) -> str:
        language = (get_language() or "ro")[:2]
        return row.get(f"{prefix}_{language}") or row.get(f"{prefix}_ro") or ""

    return label


def label_fields(path: str, prefix: str = "name") -> dict:
    """Values to fetch alongside the key for a three-language label."""
    return {f"label_{lang}": F(f"{path}__{prefix}_{lang}") for lang in ("ro", "en", "ru")}


def choice_label(choices) -> Callable[[dict], str]:
    labels = dict(choices)
    return lambda row: str(labels.get(row["key"], row["key"] or _("Not recorded")))


def grouped(
    spec: Spec, period: Period, measures: dict, *, labels: dict | None = None, ordered=True
):
    """The rows of a figure: one aggregate query grouped by the spec's key, in key
    order unless `ordered` is False (for a figure that sorts its rows itself: the
    database then skips a sort, and Django the ORDER BY it compiles)."""
    labels = labels or {}

    source = spec.source(period)
    joined, looked_up = _label_lookups(source.model, spec.key, labels)
    rows = source.values(key=F(spec.key), **joined).annotate(**measures)
    rows = rows.annotate(**looked_up)
    rows = rows.order_by("key") if ordered else rows.order_by()
    return [_row(spec, row, measures) for row in rows]


def _label_lookups(model, key: str, labels: dict) -> tuple[dict, dict]:
    """The labels to fetch joined and grouped by, and those read by a subquery per group.

    When the key is a foreign key of the records, a label of the row it points
    to is read once per group, by the key: the database then joins nothing for
    every record and groups by the key alone (a third of meetings-by-series).
    Other labels stay joined: through a chain of keys (`session__course`) the
    subquery made PostgreSQL plan trained-by-course four times slower.
    """
    target = _foreign_key_target(model, key)
    if target is None:
        return labels, {}
    joined, looked_up = {}, {}
    rows = target._base_manager.filter(pk=OuterRef(key)).order_by()
    for name, expression in labels.items():
        column = expression.name.removeprefix(f"{key}__") if isinstance(expression, F) else ""
        if column and "__" not in column and column != expression.name:
            looked_up[name] = Subquery(rows.values(column))
        else:
            joined[name] = expression
    return joined, looked_up


def _foreign_key_target(model, name: str):
    """The model the records' foreign key `name` points to, or None for anything else."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if (field.many_to_one or field.one_to_one) and field.concrete:
        return field.related_model
    return None


def totals(spec: Spec, period: Period, measures: dict) -> dict:
    """The measures over all the figure's records."""
    return spec.source(period).aggregate(**measures)


def _row(spec: Spec, row: dict, measures: dict) -> Row:
    label = spec.label(row) if spec.label else str(row["key"])
    key = "" if row["key"] is None else str(row["key"])
    return Row(key=key, label=label or str(_("Not recorded")), values={m: row[m] for m in measures})


def count_figure(spec: Spec, period: Period) -> Figure:
    """Records counted per group (meetings, acts...), largest first."""
    measure = spec.extra.get("measure", "count")
    labels = spec.extra.get("labels")
    rows = grouped(spec, period, {measure: Count("pk")}, labels=labels, ordered=False)
    rows.sort(key=lambda row: (-row[measure], row.label))
    column = spec.extra.get("column", _("Number"))
    return Figure(spec.slug, spec.title, [(measure, column)], rows, measure)


def people_figure(spec: Spec, period: Period) -> Figure:
    """People per group with attendances and the gender lens; total from one more query."""
    identity, gender_path = spec.extra["identity"], spec.extra["gender"]
    measures = people_measures(identity, gender_path, walk_ins=spec.extra.get("walk_ins", False))
    rows = grouped(spec, period, measures, labels=spec.extra.get("labels"))
    for row in rows:
        row.values = with_share(row.values)
    if spec.extra.get("chart") != "line":
        rows.sort(key=lambda row: (-row["people"], row.label))
    total = with_share(totals(spec, period, measures))
    columns = [
        ("people", _("People")),
        ("attendances", spec.extra.get("attendances", _("Attendances"))),
        *GENDER_COLUMNS,
        SHARE,
    ]
    figure = Figure(
        spec.slug, spec.title, columns, rows, "people",
        chart=spec.extra.get("chart", "bar"), people=True,
        total=Row("", str(_("Total")), total),
    )  # fmt: skip
    figure.notes.extend(gender_notes(figure))
    return figure


def gender_notes(figure: Figure) -> list[str]:
    """Says how much gender data is missing, when any is."""
    missing, everyone = figure.total["unstated"], figure.total["people"]
    if not everyone or not missing:
        return []
    if missing == everyone:
        text = ngettext(
            "No gender data: gender was not recorded for the %(n)d person.",
            "No gender data: gender was not recorded for any of the %(n)d people.",
            everyone,
        )
        return [text % {"n": everyone}]
    text = ngettext(
        "Gender was not recorded for %(missing)d of %(n)d person.",
        "Gender was not recorded for %(missing)d of %(n)d people.",
        everyone,
    )
    return [text % {"missing": missing, "n": everyone}]


def _field_at(model, path: str):
    """The model field a `a__b__c` path ends on (the target of a relation), or None."""
    found = None
    for part in path.split("__"):
        try:
            found = model._meta.get_field(part)
        except FieldDoesNotExist:
            return None  # an annotation (a month, say): no column type to check against
        if found.is_relation:
            model = found.related_model
    if found is not None and found.is_relation and hasattr(found, "target_field"):
        return found.target_field
    return found


def _usable_key(model, path: str, key: str) -> bool:
    """A key from the address bar that the database can compare: no NUL, not absurdly
    long, and for an integer column ASCII digits within the column's range."""
    if len(key) > 255 or "\x00" in key:
        return False
    column = _field_at(model, path)
    if isinstance(column, models.IntegerField | models.AutoField):
        return ascii_int(key, -MAX_ID - 1) is not None
    return True
