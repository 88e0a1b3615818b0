"""Reads over the administrative units: grouped choices and the region grid.

No package reachable here ships public-domain boundaries of Moldova's 37 units,
so maps fall back to a grid: the development regions, each with its units,
shaded by a count. It prints, reads well with a screen reader and needs no
JavaScript.
"""

from .models import AdministrativeUnit, DevelopmentRegion

# Shades of the grid: a unit with no record is level 0.
GRID_LEVELS = 4


def units_by_region() -> list[tuple[DevelopmentRegion, list[AdministrativeUnit]]]:
    """Every unit, grouped by development region, sorted by name in the active language."""
    units = list(AdministrativeUnit.objects.all())
    grouped = []
    for region in DevelopmentRegion:
        members = sorted((u for u in units if u.development_region == region), key=str)
        grouped.append((region, members))
    return grouped


def unit_choices(*, empty_label: str) -> list:
    """Choices for a select: optgroups of units (by ISO code) per development region."""
    grouped = [
        (region.label, [(unit.code, unit.name) for unit in units])
        for region, units in units_by_region()
    ]
    return [("", empty_label), *grouped]


def region_grid(counts: dict[str, int]) -> list[dict]:
    """The grid of regions and units with each unit's count (by ISO code) and shade level."""
    highest = max(counts.values(), default=0)
    return [
        {
            "region": region,
            "total": sum(counts.get(unit.code, 0) for unit in units),
            "units": [_cell(unit, counts.get(unit.code, 0), highest) for unit in units],
        }
        for region, units in units_by_region()
    ]


def _cell(unit: AdministrativeUnit, count: int, highest: int) -> dict:
    level = 0 if not count else 1 + (GRID_LEVELS - 1) * count // max(highest, 1)
    return {"unit": unit, "count": count, "level": min(level, GRID_LEVELS)}
