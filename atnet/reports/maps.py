"""The maps of the figures: public ones (k-suppression respected) and the coordinators' coverage.

Both read tables and figures that the page computes anyway, so a map costs one
more query at most (the units, shared by every map of the page).
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from atnet.geo.maps import ZERO, Map, MapClass, category_classes, category_map, numeric_map
from atnet.geo.models import AdministrativeUnit

from .figures import Figure
from .public import MAP_TABLES, PublicTable

# Dashboard figures behind the coverage map: (figure, measure, name of the activity).
COVERAGE = [
    ("meetings-by-unit", "count", gettext_lazy("meetings")),
    ("trained-by-unit", "people", gettext_lazy("trainings")),
    ("organisations-active-by-unit", "organisations", gettext_lazy("activities")),
]


def all_units() -> list[AdministrativeUnit]:
    return list(AdministrativeUnit.objects.all())


def _meetings(n: int) -> str:
    return ngettext("%(n)d meeting", "%(n)d meetings", n) % {"n": n}


def _people(n: int) -> str:
    return ngettext("%(n)d person", "%(n)d people", n) % {"n": n}


def public_maps(tables: list[PublicTable], units: list[AdministrativeUnit]) -> list[Map]:
    """Meetings hosted and people trained per unit, from the protected public tables."""
    by_slug = {table.slug: table for table in tables}
    meetings, trained = by_slug["meetings-by-unit"], by_slug["trained-by-unit"]
    return [
        numeric_map(
            "map-meetings", _("Meetings hosted per district or municipality"), _("Meetings"),
            _published(meetings), units=units, describe=_meetings,
        ),
        numeric_map(
            "map-trained", _("People trained per district or municipality"), _("People trained"),
            _published(trained), units=units, suppressed=_hidden(trained), describe=_people,
            notes=[_("A unit where fewer than 5 people were trained is not shown with a number "
                     "or a class of its own: it is marked “not published”.")],
        ),
    ]  # fmt: skip


def _published(table: PublicTable) -> dict[str, int]:
    measure = MAP_TABLES[table.slug]
    return {row.key: row[measure] for row in table.rows if row.key and row[measure] is not None}


def _hidden(table: PublicTable) -> set[str]:
    measure = MAP_TABLES[table.slug]
    return {row.key for row in table.rows if row.key and row[measure] is None}


def coverage_map(figures: dict[str, Figure], units, url=None) -> Map:
    """Per unit, which of meetings, trainings and activities reached it in the period."""
    reached: dict[str, list[str]] = {}
    for slug, measure, name in COVERAGE:
        for row in figures[slug].rows:
            if row.key and row[measure]:
                reached.setdefault(row.key, []).append(str(name))
    labels = [
        ("all", _("meetings, trainings and activities")),
        ("two", _("two of the three")),
        ("one", _("one of the three")),
    ]
    classes = [*category_classes(labels), MapClass(ZERO, _("none of them"), "#ffffff")]
    keys = {3: "all", 2: "two", 1: "one"}
    states = {unit.code: keys.get(len(reached.get(unit.code, [])), ZERO) for unit in units}
    displays = {code: ", ".join(kinds) for code, kinds in reached.items()}
    return category_map(
        "map-coverage", _("Coverage: meetings, trainings and activities per unit"),
        _("Reached by"), states, classes, units=units, url=url, displays=displays,
    )  # fmt: skip
