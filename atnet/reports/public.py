"""The public figures: aggregates only, every count of people through small-cell suppression.

The public page, its CSV/XLSX exports and the API all read `public_figures()`,
which passes every table of people through atnet.reports.privacy.protect.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from atnet.geo.models import DevelopmentRegion

from . import privacy
from .figures import BY_SLUG
from .figures.base import Figure, Row, Spec, choice_label, count_figure, people_figure
from .figures.meetings import meetings_held
from .figures.trainings import TRAINED, trained
from .period import Period

FIRST_YEAR = 2000
PEOPLE_COLUMNS = [
    ("people", _("People")),
    ("women", _("Women")),
    ("men", _("Men")),
    ("other", _("Other or not stated")),
]

REGION_SPECS = {
    "trained-by-region": Spec(
        "trained-by-region", _("People trained by development region"), trained,
        "session__unit__development_region", people_figure, "enrolments",
        label=choice_label(DevelopmentRegion.choices), extra=TRAINED,
    ),
    "meetings-by-region": Spec(
        "meetings-by-region", _("Meetings held by development region"), meetings_held,
        "host_unit__development_region", count_figure, "meetings",
        label=choice_label(DevelopmentRegion.choices), extra={"column": _("Meetings")},
    ),
}  # fmt: skip
PEOPLE_TABLES = [
    "trained-by-profession",
    "trained-by-region",
    "participants-by-organisation-type",
    "trained-by-unit",
]
COUNT_TABLES = [
    "meetings-by-region",
    "projects-by-domain",
    "legislation-by-status",
    "meetings-by-unit",
    "meetings-by-month",
]
# Tables shown as maps of the units (with their table as the map's text alternative).
MAP_TABLES = {"meetings-by-unit": "count", "trained-by-unit": "people"}


@dataclass
class PublicTable:
    slug: str
    title: str
    columns: list[tuple[str, str]]
    rows: list[Row]
    total: Row | None = None
    people: bool = False
    notes: list[str] = field(default_factory=list)
    chart: str = "bar"

    @property
    def measure(self) -> str:
        return self.columns[0][0]


def public_period(year: int | None) -> Period:
    if year:
        return Period.year(year)
    return Period(dt.date(FIRST_YEAR, 1, 1), dt.date(dt.date.today().year, 12, 31))


def _spec(slug: str) -> Spec:
    return REGION_SPECS.get(slug) or BY_SLUG[slug]


def public_figures(period: Period) -> list[PublicTable]:
    tables = [people_table(_spec(slug).compute(period)) for slug in PEOPLE_TABLES]
    tables += [count_table(_spec(slug).compute(period)) for slug in COUNT_TABLES]
    return tables


def people_table(figure: Figure) -> PublicTable:
    """Counts of people by group and gender, with small cells (and their revealers) hidden."""
    lines = [_gender_line(row) for row in [*figure.rows, figure.total]]
    columns = [key for key, _label in PEOPLE_COLUMNS]
    safe = privacy.protect(lines, columns=columns, groups=[columns])
    rows = [
        Row(row.key, row.label, _with_share(values))
        for row, values in zip(figure.rows, safe, strict=False)
    ]
    total = Row("", str(_("Total")), _with_share(safe[-1]))
    notes = []
    missing = figure.total["unstated"]
    if missing:
        shown = privacy.display(privacy.suppress(missing))
        notes.append(str(_("People whose gender was not recorded: %(n)s.") % {"n": shown}))
    columns = [*PEOPLE_COLUMNS, ("share_women", _("Share of women"))]
    rows = [row for row in rows if row.values["people"] != 0]
    return PublicTable(figure.slug, figure.title, columns, rows, total, True, notes)


def _gender_line(row: Row) -> dict[str, int]:
    return {
        "people": row["people"],
        "women": row["women"],
        "men": row["men"],
        "other": row["other"] + row["unstated"],
    }


def _with_share(values: dict) -> dict:
    women, people = values["women"], values["people"]
    share = round(100 * women / people, 1) if women is not None and people else None
    return {**values, "share_women": share}


def count_table(figure: Figure) -> PublicTable:
    """Counts of meetings, projects or acts: not people, so nothing to suppress."""
    columns = [(key, label) for key, label in figure.columns if not key.startswith("budget")]
    rows = [Row(row.key, row.label, {key: row[key] for key, _l in columns}) for row in figure.rows]
    if figure.chart == "line":
        rows = _from_first_record(rows, figure.measure)
    return PublicTable(
        figure.slug, figure.title, columns, rows, notes=list(figure.notes), chart=figure.chart
    )


def _from_first_record(rows: list[Row], measure: str) -> list[Row]:
    """Months from the first with a record: "every year" starts in 2000, the records later."""
    first = next((i for i, row in enumerate(rows) if row[measure]), len(rows))
    return rows[first:]


def headline(tables: list[PublicTable]) -> dict:
    """The figures at the top of the page, all from the tables (already protected)."""
    by_slug = {table.slug: table for table in tables}
    trained_total = by_slug["trained-by-profession"].total
    meetings = sum(row["count"] for row in by_slug["meetings-by-region"].rows)
    return {
        "meetings": meetings,
        "regions": sum(1 for row in by_slug["meetings-by-region"].rows if row.key),
        "trained": trained_total["people"],
        "trained_share_women": trained_total["share_women"],
        "participants": by_slug["participants-by-organisation-type"].total["people"],
    }


def for_export(table: PublicTable) -> PublicTable:
    """The table with each hidden count written as "fewer than 5" (for CSV and XLSX)."""
    if not table.people:
        return table

    def shown(row: Row) -> Row:
        values = {key: privacy.display(value) if value is None and key != "share_women" else value
                  for key, value in row.values.items()}  # fmt: skip
        return Row(row.key, row.label, values)

    rows = [shown(row) for row in table.rows]
    return PublicTable(
        table.slug, table.title, table.columns, rows, shown(table.total), True, table.notes
    )


def public_chart(table: PublicTable) -> Figure:
    """The table as a figure for atnet.reports.charts: published values only.

    A hidden count gets no bar at all (a bar's length would give it back); the
    table below the chart says "fewer than 5" for it.
    """
    measure = table.measure
    rows = [row for row in table.rows if row.values.get(measure) is not None]
    if table.chart != "line":
        rows.sort(key=lambda row: -row[measure])
    return Figure(table.slug, table.title, table.columns[:1], rows, measure, chart=table.chart)
