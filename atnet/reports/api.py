"""Public aggregates: the tables of the "in figures" page.

Small cells are suppressed as on the page; nothing personal is ever returned.
"""

import datetime as dt

from ninja import Query, Router, Schema
from ninja.errors import HttpError

from atnet.api.common import LanguageCode, locale_for

from . import privacy
from .period import MAX_YEAR
from .public import FIRST_YEAR, PublicTable, public_figures, public_period

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


class Figures(Schema):
    start: dt.date
    end: dt.date
    tables: list[FigureTable]


def _row(table: PublicTable, row) -> dict:
    cells = []
    for key, _label in table.columns:
        value = row.values.get(key)
        hidden = table.people and key != "share_women" and value is None
        shown = privacy.display(value) if hidden else ("" if value is None else str(value))
        cells.append({"column": key, "value": value, "suppressed": hidden, "display": shown})
    return {"key": row.key, "label": row.label, "cells": cells}


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
    summary="The programme in figures: aggregates computed from the records",
    description=f"Counts of people between 1 and {privacy.K - 1} are suppressed (value null, "
    "suppressed true), with any other cell that would reveal them.",
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
    return {
        "start": period.start,
        "end": period.end,
        "tables": [_table(t) for t in public_figures(period)],
    }
