"""Public aggregates: the tables of the "in figures" page.

Small cells are suppressed as on the page; nothing personal is ever returned.
"""

import datetime as dt

from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from atnet.api.common import LanguageCode, locale_for

from . import privacy
from .maps import all_units, public_maps
from .period import MAX_YEAR
from .public import FIRST_YEAR, PublicTable, public_chart, public_figures, public_period

router = Router(tags=["figures"])


class Column(Schema):
    key: str
    label: str


class Cell(Schema):
    column: str
    value: float | int | None
    suppressed: bool
    display: str


class TableRow(Schema):
    key: str
    label: str
    cells: list[Cell]


class FigureTable(Schema):
    slug: str
    title: str
    people: bool
    columns: list[Column]
    rows: list[TableRow]
    total: TableRow | None
    notes: list[str]


class MapClassOut(Schema):
    key: str
    label: str
    fill: str
    units: int


class MapUnitOut(Schema):
    code: str
    name: str
    value: int | None
    # The key of one of the map's classes: c1..c4 (ranges of values), zero, nodata or
    # suppressed (a count of people under 5, or one that would reveal it: no value given).
    class_: str = Field(..., alias="class")
    suppressed: bool
    display: str


class MapOut(Schema):
    slug: str
    title: str
    measure: str
    classes: list[MapClassOut]
    units: list[MapUnitOut]
    credit: str
    licence_url: str


class ChartPoint(Schema):
    key: str
    label: str
    value: float | int


class ChartOut(Schema):
    slug: str
    title: str
    kind: str
    measure: str
    points: list[ChartPoint]


class Figures(Schema):
    start: dt.date
    end: dt.date
    tables: list[FigureTable]
    maps: list[MapOut]
    charts: list[ChartOut]


def _row(table: PublicTable, row) -> dict:
    cells = []
    for key, _label in table.columns:
        value = row.values.get(key)
        hidden = table.people and key != "share_women" and value is None
        shown = privacy.display(value) if hidden else ("" if value is None else str(value))
        cells.append({"column": key, "value": value, "suppressed": hidden, "display": shown})
    return {"key": row.key, "label": row.label, "cells": cells}


def _chart(table: PublicTable) -> dict:
    """The chart's points: published values only, as drawn on the page."""
    figure = public_chart(table)
    return {
        "slug": figure.slug,
        "title": str(figure.title),
        "kind": figure.chart,
        "measure": str(figure.columns[0][1]),
        "points": [
            {"key": row.key, "label": row.label, "value": row[figure.measure]}
            for row in figure.rows
        ],
    }


def _table(table: PublicTable) -> dict:
    return {
        "slug": table.slug,
        "title": str(table.title),
        "people": table.people,
        "columns": [{"key": key, "label": str(label)} for key, label in table.columns],
        "rows": [_row(table, row) for row in table.rows],
        "total": _row(table, table.total) if table.total else None,
        "notes": [str(note) for note in table.notes],
    }


@router.get(
    "/figures",
    response=Figures,
    by_alias=True,
    summary="The programme in figures: aggregates computed from the records",
    description=f"Counts of people between 1 and {privacy.K - 1} are suppressed (value null, "
    "suppressed true), with any other cell that would reveal them. `maps` gives the values "
    "per unit (ISO 3166-2:MD code) and their classes, `charts` the points of each chart, "
    "so that a partner can draw their own; a suppressed unit has class `suppressed` and no "
    "value. Map outlines: MapSVG / svg-maps, CC BY 4.0.",
)
def figures(
    request,
    year: int | None = Query(None, ge=FIRST_YEAR, le=MAX_YEAR),
    lang: LanguageCode | None = None,
):
    locale_for(lang, request)
    if year is not None and not FIRST_YEAR <= year <= MAX_YEAR:
        raise HttpError(422, "year out of range")
    period = public_period(year)
    tables = public_figures(period)
    return {
        "start": period.start,
        "end": period.end,
        "tables": [_table(t) for t in tables],
        "maps": [data.as_data() for data in public_maps(tables, all_units())],
        "charts": [_chart(t) for t in tables],
    }
