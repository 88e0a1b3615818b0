"""Figures over time: one row per month of the period, months without records included."""

import datetime as dt

from ..period import MAX_YEAR, MIN_YEAR
from .base import Row


def months(start: dt.date, end: dt.date) -> list[str]:
    """Every month of the period as YYYY-MM."""
    keys, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def fill_months(rows: list[Row], period, columns) -> list[Row]:
    """The rows keyed by month (YYYY-MM), with a row of zeros for each month without any."""
    found = {row.key[:7]: row for row in rows}
    empty = {key: (None if key == "share_women" else 0) for key, _label in columns}
    filled = []
    for key in months(period.start, period.end):
        row = found.get(key) or Row(key, key, dict(empty))
        row.key = row.label = key
        filled.append(row)
    return filled


def month_narrow(path: str):
    """Narrows the records to one month (key YYYY-MM) of the date or datetime at `path`."""

    def narrow(rows, key: str):
        try:
            year, month = (int(part) for part in key[:7].split("-"))
        except ValueError:
            return rows.none()
        if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
            return rows.none()  # a date no record has (and one Python cannot build)
        return rows.filter(**{f"{path}__year": year, f"{path}__month": month})

    return narrow
