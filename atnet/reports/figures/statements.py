"""Compiled statements: a figure's SQL is compiled once per shape, then only run.

Building a figure's queryset and compiling it costs Django about a millisecond,
as much as or more than the aggregate itself takes the database on a year of
records. The SQL text of a figure depends only on its shape (which figure,
whether a region and a domain are chosen, the database, the time zone and the
language); the period's dates and the region travel as parameters. So, as
SQLAlchemy caches compiled statements, the SQL of each shape is compiled once
and then run with the parameters of the period asked for. The rows are still
computed by the database from the records every time: only the compiled text
is kept, never a result.

The parameters are found by compiling the shape for four sentinel periods
whose dates, years and region all differ: a parameter equal in all of them is a
constant; one that differs must be, in all four, the same value derived from
the period (its dates or datetime bounds, as given or as the backend adapts
them, their years, the region). A shape whose SQL text differs between the
sentinels, or with a parameter that is none of these (the domain's JSON
containment on PostgreSQL, for one), is never cached: it takes Django's usual
path every time.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet
from django.db.models.expressions import ColPairs
from django.db.models.query import ValuesIterable
from django.utils import timezone
from django.utils.translation import get_language

from ..period import Period

# Dates, years and regions that no two sentinels share, nor any two of their values.
SENTINELS = [
    (dt.date(2001, 2, 3), dt.date(2003, 4, 5), "sentinel-region-1", "sentinel-domain-1"),
    (dt.date(2012, 6, 7), dt.date(2015, 8, 9), "sentinel-region-2", "sentinel-domain-2"),
    (dt.date(1994, 10, 11), dt.date(2007, 12, 13), "sentinel-region-3", "sentinel-domain-3"),
    # In the future: a source that clamps a date to today would map the clamp to the
    # date in the past sentinels alone; here they differ, and the shape is refused.
    (dt.date(2091, 3, 4), dt.date(2093, 5, 6), "sentinel-region-4", "sentinel-domain-4"),
]


def _bounds(period: Period, index: int) -> dt.datetime:
    return period.bounds[index]


# Every value a parameter may take from the period: name -> value(period, ops).
DERIVED: dict[str, Callable] = {
    "start": lambda period, ops: period.start,
    "end": lambda period, ops: period.end,
    "start for the database": lambda period, ops: ops.adapt_datefield_value(period.start),
    "end for the database": lambda period, ops: ops.adapt_datefield_value(period.end),
    "first instant": lambda period, ops: _bounds(period, 0),
    "instant after": lambda period, ops: _bounds(period, 1),
    "first instant for the database": (
        lambda period, ops: ops.adapt_datetimefield_value(_bounds(period, 0))
    ),
    "instant after for the database": (
        lambda period, ops: ops.adapt_datetimefield_value(_bounds(period, 1))
    ),
    "start year": lambda period, ops: period.start.year,
    "end year": lambda period, ops: period.end.year,
    "region": lambda period, ops: period.region,
}
# The years as the backend binds an integer column (psycopg's Int2 for a small integer).
for _kind in ("SmallIntegerField", "PositiveSmallIntegerField", "IntegerField",
              "PositiveIntegerField", "BigIntegerField", "PositiveBigIntegerField"):  # fmt: skip
    for _name in ("start year", "end year"):
        DERIVED[f"{_name} as {_kind}"] = lambda period, ops, year=DERIVED[_name], kind=_kind: (
            ops.adapt_integerfield_value(year(period, ops), kind)
        )


@dataclass(frozen=True)
class Statement:
    """One shape's compiled SQL: where to run it, and how to read its rows."""

    alias: str
    vendor: str
    sql: str
    # Per parameter: (None, constant) or (derivation, None).
    params: tuple[tuple[Callable | None, object], ...]
    names: tuple[str, ...]
    fields: tuple  # the selected expressions, whose converters read the values

    def run(self, period: Period) -> list[dict]:
        connection = connections[self.alias]
        ops = connection.ops
        params = [value if derive is None else derive(period, ops) for derive, value in self.params]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        return _dicts(rows, self.names, _converters(connection, self.fields), connection)


# What was found for each shape: a Statement, or None when the shape cannot be cached.
# Filled once per shape; a plain dict assignment, which threads may race to do harmlessly.
STATEMENTS: dict[tuple, Statement | None] = {}


def rows(shape: tuple, build: Callable[[Period], QuerySet], period: Period) -> list[dict]:
    """The rows of `build(period)`, a values() queryset, as the queryset would give them.

    `shape` names the queryset `build` makes, apart from the period: the same
    shape must always build the same SQL (the sentinels check what they can).
    `build` only builds: it reads neither the database nor today's date.
    """
    key = (*shape, bool(period.region), bool(period.domain), *_context())
    if key not in STATEMENTS:
        STATEMENTS[key] = compile_statement(build, period)
    statement = STATEMENTS[key]
    if statement is None or connections[statement.alias].vendor != statement.vendor:
        return list(build(period))
    return statement.run(period)


def _context() -> tuple:
    """What else the SQL may depend on: the time zone (bounds, months) and the language
    (no figure's SQL reads it today; a label chosen in SQL would, so it stays in the key)."""
    return timezone.get_current_timezone_name(), get_language()


def compile_statement(build: Callable[[Period], QuerySet], period: Period) -> Statement | None:
    """The shape of `period`'s queryset compiled with its parameters mapped, or None."""
    compiled = [_compiled(build, _sentinel(period, *values)) for values in SENTINELS]
    if any(result is None for result in compiled):
        return None
    sqls = {result[0] for result in compiled}
    sizes = {len(result[1]) for result in compiled}
    if len(sqls) != 1 or len(sizes) != 1:
        return None
    sentinels = [_sentinel(period, *values) for values in SENTINELS]
    alias, vendor, names, fields = compiled[0][2:]
    ops = connections[alias].ops
    plan = []
    for index in range(sizes.pop()):
        values = [result[1][index] for result in compiled]
        step = _parameter(values, sentinels, ops)
        if step is None:
            return None
        plan.append(step)
    return Statement(alias, vendor, sqls.pop(), tuple(plan), names, fields)


def _sentinel(period: Period, start, end, region, domain) -> Period:
    """A sentinel period of the same shape: a region and a domain only where it has them."""
    return Period(start, end, region if period.region else "", domain if period.domain else "")


def _compiled(build, period: Period):
    """(sql, params, alias, vendor, names, fields) of the queryset, or None if not a plain one."""
    try:
        queryset = build(period)
        if not issubclass(queryset._iterable_class, ValuesIterable):
            return None
        query, alias = queryset.query, queryset.db
        compiler = query.get_compiler(alias)
        sql, params = compiler.as_sql()
    except EmptyResultSet:  # no SQL to run: Django's path knows what to return
        return None
    except Exception:  # noqa: BLE001
        # A sentinel the source cannot take (a region it checks, say) only means the
        # shape is not cached: the real period then goes Django's way, errors included.
        return None
    if not sql:
        return None
    fields = tuple(select[0] for select in compiler.select[: compiler.col_count])
    # Columns only for the ORDER BY (Django cuts them off the rows), or composite keys.
    if compiler.has_extra_select or any(isinstance(field, ColPairs) for field in fields):
        return None
    names = tuple(query.selected or (*query.extra_select, *query.values_select,
                                     *query.annotation_select))  # fmt: skip
    if len(names) != len(fields):
        return None
    return sql, tuple(params), alias, compiler.connection.vendor, names, fields


def _parameter(values: list, sentinels: list[Period], ops):
    """How to make one parameter: a constant, a value derived from the period, or None."""
    if all(_same(value, values[0]) for value in values):
        return (None, values[0])
    for derive in DERIVED.values():
        if all(_same(derive(p, ops), value) for p, value in zip(sentinels, values, strict=True)):
            return (derive, None)
    return None


def _same(a, b) -> bool:
    # Equal values of different types (1 and True, a date and a datetime) are not the same.
    return type(a) is type(b) and a == b


def _converters(connection, fields) -> list:
    """The converters Django applies to each column (SQLite's months from text to dates...).

    Looked up on each run with the connection of this thread, as the ORM does.
    """
    converters = []
    for position, field in enumerate(fields):
        if field is None:
            continue
        found = connection.ops.get_db_converters(field) + field.get_db_converters(connection)
        if found:
            converters.append((position, found, field))
    return converters


def _dicts(rows, names, converters, connection) -> list[dict]:
    if converters:
        rows = [_converted(list(row), converters, connection) for row in rows]
    return [dict(zip(names, row, strict=True)) for row in rows]


def _converted(row: list, converters, connection) -> list:
    for position, functions, field in converters:
        value = row[position]
        for convert in functions:
            value = convert(value, field, connection)
        row[position] = value
    return row
