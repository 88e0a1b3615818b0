"""Choropleth maps of Moldova's 37 first-level units, rendered on the server as SVG.

The outlines come from data/moldova-districts.svg (MapSVG / svg-maps, CC BY 4.0,
see data/README.md). A map needs no JavaScript: each unit is a link to the list
it stands for, with its name in the page's language as its <title>. Colours go
with hatching patterns of rising density so the classes still read in black
and white, and every map comes with a table of the same values (screen readers
and print get it) and the credit the licence asks for.

A unit's state is one of: a class of values, zero, no data (None: not counted
there) or suppressed (a count of people too small to publish). A suppressed
unit is never put in a class and its value is never written: it has a state of
its own, so neither the colour nor the table gives the count back.
"""

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import AdministrativeUnit

SVG_FILE = Path(__file__).parent / "data" / "moldova-districts.svg"
VIEWBOX = (613, 769)
CREDIT = "MapSVG / svg-maps"
LICENCE = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")

# ISO 3166-2:MD code -> the path's id in the SVG. Explicit, because the file's ids
# differ from the codes (md-c is Chișinău, md-fl is Fălești and md-fr Florești).
SVG_IDS = {
    "MD-AN": "md-an", "MD-BA": "md-bl", "MD-BD": "md-be", "MD-BR": "md-br",
    "MD-BS": "md-bs", "MD-CA": "md-ca", "MD-CL": "md-cl", "MD-CM": "md-cm",
    "MD-CR": "md-cr", "MD-CS": "md-cs", "MD-CT": "md-ct", "MD-CU": "md-c",
    "MD-DO": "md-dn", "MD-DR": "md-dr", "MD-DU": "md-db", "MD-ED": "md-ed",
    "MD-FA": "md-fl", "MD-FL": "md-fr", "MD-GA": "md-utag", "MD-GL": "md-gl",
    "MD-HI": "md-hn", "MD-IA": "md-il", "MD-LE": "md-lv", "MD-NI": "md-ns",
    "MD-OC": "md-oc", "MD-OR": "md-or", "MD-RE": "md-rz", "MD-RI": "md-rs",
    "MD-SD": "md-sd", "MD-SI": "md-sg", "MD-SN": "md-utsn", "MD-SO": "md-sr",
    "MD-ST": "md-st", "MD-SV": "md-sv", "MD-TA": "md-ta", "MD-TE": "md-tl",
    "MD-UN": "md-un",
}  # fmt: skip

ZERO, NO_DATA, SUPPRESSED = "zero", "nodata", "suppressed"
CLASS_COUNT = 4
# (fill, hatch colour, hatch spacing or 0 for none): lighter to darker, sparser to denser.
CLASS_STYLES = [
    ("#dce9f7", "#2f6fb3", 9),
    ("#a9c8ea", "#17375e", 6),
    ("#5b93cf", "#0b1d33", 4),
    ("#17375e", "#ffffff", 3),
]
SPECIAL_STYLES = {
    ZERO: ("#ffffff", "", 0),
    NO_DATA: ("#ececec", "#8a8a8a", 0),
    SUPPRESSED: ("#f3e3c3", "#7a5410", 5),
}


@dataclass
class MapClass:
    key: str
    label: str
    fill: str
    hatch: str = ""
    spacing: int = 0
    count: int = 0


@dataclass
class MapUnit:
    code: str
    name: str
    value: int | None
    state: str
    display: str
    url: str = ""
    label: str = ""


@dataclass
class Map:
    """One map: its units (sorted by name), its classes (the legend) and what it counts."""

    slug: str
    title: str
    measure: str
    units: list[MapUnit]
    classes: list[MapClass]
    notes: list[str] = field(default_factory=list)

    @property
    def svg(self) -> str:
        return render_svg(self)

    @property
    def credit(self) -> str:
        return _("Map: %(source)s, %(licence)s") % {"source": CREDIT, "licence": LICENCE[0]}

    @property
    def licence_url(self) -> str:
        return LICENCE[1]

    def as_data(self) -> dict:
        """The values per unit code and their classes, for the API."""
        return {
            "slug": self.slug,
            "title": str(self.title),
            "measure": str(self.measure),
            "classes": [
                {"key": c.key, "label": str(c.label), "fill": c.fill, "units": c.count}
                for c in self.classes
            ],
            "units": [
                {
                    "code": u.code, "name": u.name, "value": u.value, "class": u.state,
                    "suppressed": u.state == SUPPRESSED, "display": u.display,
                }
                for u in self.units
            ],
            "credit": self.credit,
            "licence_url": self.licence_url,
        }  # fmt: skip


@functools.cache
def svg_paths() -> dict[str, str]:
    """The outline (SVG path data) of each path id in the file."""
    root = ElementTree.parse(SVG_FILE).getroot()  # noqa: S314 - our own file, shipped in the repo
    return {
        path.get("id"): " ".join(path.get("d").split())
        for path in root.iter("{http://www.w3.org/2000/svg}path")
    }


def outline(code: str) -> str:
    return svg_paths()[SVG_IDS[code]]


@functools.cache
def compact_outline(code: str) -> str:
    """The outline for the page: whole units of the view box, relative moves, no empty ones.

    A unit of the 613-wide view box is under a pixel on any screen, and the page is a
    third of the file's weight. Rounding the absolute points first keeps errors from
    adding up along the outline.
    """
    parts = []
    for ring in polygons(code):
        points = [(round(x), round(y)) for x, y in ring]
        (x0, y0), steps, (px, py) = points[0], [], points[0]
        for x, y in points[1:]:
            if (x, y) != (px, py):
                steps.append(f"{x - px},{y - py}")
                px, py = x, y
        parts.append(f"M{x0},{y0}l{' '.join(steps)}z")
    return "".join(parts)


def polygons(code: str) -> list[list[tuple[float, float]]]:
    """The unit's outline as absolute polygons (the file uses only relative m, implicit l, z)."""
    rings, ring, x, y, start = [], [], 0.0, 0.0, (0.0, 0.0)
    for token in re.findall(r"[mMzZ]|-?[\d.]+(?:e-?\d+)?,-?[\d.]+(?:e-?\d+)?", outline(code)):
        if token in "mM":
            continue  # the next pair moves the pen; later pairs draw lines
        if token in "zZ":
            rings.append(ring)
            ring, (x, y) = [], start
            continue
        dx, dy = (float(part) for part in token.split(","))
        x, y = x + dx, y + dy
        if not ring:
            start = (x, y)
        ring.append((x, y))
    return [r for r in rings + [ring] if len(r) > 2]


def numeric_map(
    slug: str,
    title: str,
    measure: str,
    values: dict[str, int | None],
    *,
    units: list[AdministrativeUnit],
    suppressed: set[str] = frozenset(),
    url: Callable[[str], str] | None = None,
    describe: Callable[[int], str] = str,
    notes: list[str] | None = None,
) -> Map:
    """A map of counts per unit code in up to four classes, from published values only.

    A code missing from `values` counts as zero; None means no data there; a code in
    `suppressed` is shown as not published, whatever its value.
    """
    published = [
        v for code, v in values.items() if code not in suppressed and v is not None and v > 0
    ]
    ranges = class_ranges(published)
    classes = [_class(f"c{i + 1}", _range_label(lo, hi), i) for i, (lo, hi) in enumerate(ranges)]
    classes += _special_classes()
    by_key = {c.key: c for c in classes}
    shown = []
    for unit in sorted(units, key=lambda u: u.name):
        value = values.get(unit.code, 0)
        if unit.code in suppressed:
            state, value, display = SUPPRESSED, None, str(_("not published (fewer than 5)"))
        elif value is None:
            state, display = NO_DATA, str(_("no data"))
        elif value == 0:
            state, display = ZERO, describe(0)
        else:
            state = next(f"c{i + 1}" for i, (lo, hi) in enumerate(ranges) if lo <= value <= hi)
            display = describe(value)
        by_key[state].count += 1
        link = url(unit.code) if url else ""
        label = str(by_key[state].label)
        shown.append(MapUnit(unit.code, unit.name, value, state, display, link, label))
    return Map(slug, title, measure, shown, [c for c in classes if c.count], list(notes or []))


def category_map(
    slug: str,
    title: str,
    measure: str,
    states: dict[str, str],
    classes: list[MapClass],
    *,
    units: list[AdministrativeUnit],
    url: Callable[[str], str] | None = None,
    notes: list[str] | None = None,
    displays: dict[str, str] | None = None,
) -> Map:
    """A map of named categories (e.g. "hosted in the last 12 months"); missing codes: no data.

    `displays` says more than the class for some units (e.g. which activities reached it).
    """
    by_key = {c.key: c for c in _special_classes()} | {c.key: c for c in classes}
    shown = []
    for unit in sorted(units, key=lambda u: u.name):
        state = states.get(unit.code, NO_DATA)
        by_key[state].count += 1
        label = str(by_key[state].label)
        display = (displays or {}).get(unit.code) or label
        link = url(unit.code) if url else ""
        shown.append(MapUnit(unit.code, unit.name, None, state, display, link, label))
    order = [*classes, *(c for c in by_key.values() if c not in classes)]
    used = [c for c in order if c.count]
    return Map(slug, title, measure, shown, used, list(notes or []))


def category_classes(labels: list[tuple[str, str]]) -> list[MapClass]:
    """Classes for a category map, darkest first (the first label is the strongest)."""
    styles = list(reversed(CLASS_STYLES))[: len(labels)]
    return [
        MapClass(key, label, fill, hatch, spacing)
        for (key, label), (fill, hatch, spacing) in zip(labels, styles, strict=True)
    ]


def class_ranges(values: list[int], count: int = CLASS_COUNT) -> list[tuple[int, int]]:
    """Up to `count` ranges (low, high) by quantiles of the values, without gaps or overlap."""
    ordered = sorted(values)
    if not ordered:
        return []
    uppers = sorted(
        {ordered[max(0, math.ceil(len(ordered) * (i + 1) / count) - 1)] for i in range(count)}
    )
    ranges, low = [], ordered[0]
    for high in uppers:
        ranges.append((low, high))
        low = high + 1
    return ranges


def _range_label(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}–{high}"


def _class(key: str, label: str, index: int) -> MapClass:
    fill, hatch, spacing = CLASS_STYLES[index]
    return MapClass(key, label, fill, hatch, spacing)


def _special_classes() -> list[MapClass]:
    labels = {
        ZERO: gettext_lazy("none (0)"),
        NO_DATA: gettext_lazy("no data"),
        SUPPRESSED: gettext_lazy("not published (fewer than 5)"),
    }
    return [MapClass(key, labels[key], *SPECIAL_STYLES[key]) for key in (ZERO, NO_DATA, SUPPRESSED)]


def pattern_defs(prefix: str, classes: list[MapClass]) -> str:
    """A <pattern> per class: its colour and its hatching (dots for "no data", crosses for
    "not published"), so that the classes differ in a black-and-white print too."""
    parts = []
    for c in classes:
        size = c.spacing or 6
        marks = ""
        if c.key == NO_DATA:
            marks = f'<circle cx="3" cy="3" r="1.1" fill="{c.hatch}"/>'
        elif c.key == SUPPRESSED:
            marks = (f'<path d="M0,0 L{size},{size} M{size},0 L0,{size}" stroke="{c.hatch}" '
                     'stroke-width="0.9"/>')  # fmt: skip
        elif c.spacing:
            marks = f'<path d="M0,{size} L{size},0" stroke="{c.hatch}" stroke-width="0.8"/>'
        parts.append(
            f'<pattern id="{prefix}-{c.key}" patternUnits="userSpaceOnUse" width="{size}" '
            f'height="{size}"><rect width="{size}" height="{size}" fill="{c.fill}"/>{marks}'
            "</pattern>"
        )
    return "<defs>" + "".join(parts) + "</defs>"


def render_svg(data: Map) -> str:
    """The map: every unit a link (when it has one) named by its <title>, filled by class."""
    prefix = f"{data.slug}-svg"
    body = []
    for unit in data.units:
        name = escape(f"{unit.name}: {unit.display}")
        path = (
            f'<path d="{compact_outline(unit.code)}" fill="url(#{prefix}-{unit.state})" '
            'stroke="#1d1d1f" stroke-width="0.8" '
            f'class="unit state-{unit.state}" data-unit="{unit.code}" data-class="{unit.state}">'
            f"<title>{name}</title></path>"
        )
        if unit.url:
            path = f'<a href="{escape(unit.url)}" aria-label="{name}">{path}</a>'
        body.append(path)
    width, height = VIEWBOX
    # Every text inside was escaped above; the rest is numbers and the shipped outlines.
    return mark_safe(  # noqa: S308
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" id="{prefix}" role="group" '
        f'aria-labelledby="{prefix}-title" viewBox="0 0 {width} {height}" '
        f'preserveAspectRatio="xMidYMid meet"><title id="{prefix}-title">{escape(data.title)}'
        f"</title>{pattern_defs(prefix, data.classes)}{''.join(body)}</svg>"
    )


def legend_swatch(data: Map, c: MapClass) -> str:
    """A small square in the class's fill, for the legend (its own patterns: ids stay unique)."""
    prefix = f"legend-{data.slug}-{c.key}"
    return mark_safe(  # noqa: S308 - numbers and fixed markup only
        f'<svg class="swatch" width="18" height="14" aria-hidden="true" focusable="false">'
        f'{pattern_defs(prefix, [c])}<rect width="18" height="14" fill="url(#{prefix}-{c.key})" '
        'stroke="#1d1d1f" stroke-width="0.8"/></svg>'
    )
