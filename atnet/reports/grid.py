"""The region grid of Moldova's units shaded by one kind of activity.

Reuses atnet.geo.selectors.region_grid (no public-domain boundaries of the
units are available, so a grid of development regions and their units stands
in for a map). Units never reached by that activity, at any time, are marked.
"""

import datetime as dt

from django.utils.translation import gettext_lazy as _

from atnet.geo.selectors import region_grid

from .figures import BY_SLUG, Figure
from .period import Period

# layer: (figure, measure, title)
LAYERS = {
    "meetings": ("meetings-by-unit", "count", _("Meetings hosted")),
    "trained": ("trained-by-unit", "people", _("People trained")),
    "organisations": ("organisations-active-by-unit", "organisations", _("Organisations active")),
}
ALL_TIME = Period(dt.date(1900, 1, 1), dt.date(2999, 12, 31))


def layer_or_default(value: str | None) -> str:
    return value if value in LAYERS else "meetings"


def grid(figures: dict[str, Figure], layer: str) -> dict:
    """The grid for a layer from the dashboard's figures (one query: the units ever reached)."""
    slug, measure, title = LAYERS[layer]
    counts = {row.key: row[measure] for row in figures[slug].rows if row.key}
    spec = BY_SLUG[slug]
    ever = set(spec.source(ALL_TIME).values_list(spec.key, flat=True).distinct())
    groups = region_grid(counts)
    for group in groups:
        for cell in group["units"]:
            cell["never"] = cell["unit"].code not in ever
    never = sum(cell["never"] for group in groups for cell in group["units"])
    layers = [(key, value[2]) for key, value in LAYERS.items()]
    return {"layer": layer, "title": title, "groups": groups, "never": never, "layers": layers}
