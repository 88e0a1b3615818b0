"""Rows written in bulk, on PostgreSQL (COPY) and SQLite (executemany), and read back.

`Writer(Model, ["field", ...]).write(rows)` takes tuples in the order of the
named fields; every other concrete column gets its default (timestamps a fixed
time, so a seed gives the same database). Values are adapted by the field
itself (`get_db_prep_save`) only where the backend needs it (dates, decimals,
JSON), so a million rows take seconds, not minutes. The primary keys of the
new rows are read back in insertion order with `new_ids`.
"""

import datetime as dt
import itertools
from collections.abc import Iterable

from django.db import connection, models

# Every generated row was "created" at this moment: repeatable, and before any real edit.
STAMP = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
CHUNK = 20_000  # rows per executemany on SQLite: bounded memory
ADAPTED = (models.DateField, models.DecimalField, models.JSONField, models.TimeField)


class Writer:
    def __init__(self, model: type[models.Model], names: list[str]):
        self.model = model
        fields = [f for f in model._meta.local_concrete_fields if not f.primary_key]
        given = {model._meta.get_field(name).attname: index for index, name in enumerate(names)}
        self.columns = [f.column for f in fields]
        # For each column: where its value comes from (a position in the given tuple or a
        # constant) and how to adapt it for the backend (None: as it is).
        self.plan = []
        for field in fields:
            adapt = self._adapter(field)
            if field.attname in given:
                self.plan.append((given[field.attname], None, adapt))
            else:
                constant = self._default(field)
                self.plan.append((None, adapt(constant) if adapt else constant, None))

    @staticmethod
    def _adapter(field: models.Field):
        if isinstance(field, models.BooleanField) and connection.vendor == "sqlite":
            return int
        if isinstance(field, ADAPTED):
            return lambda value: field.get_db_prep_save(value, connection)
        return None

    @staticmethod
    def _default(field: models.Field):
        if isinstance(field, models.DateTimeField) and (field.auto_now or field.auto_now_add):
            return STAMP
        if field.has_default():
            return field.get_default()
        if field.null:
            return None
        if isinstance(field, models.CharField | models.TextField | models.FileField):
            return ""
        raise ValueError(f"{field} has no default: give it")

    def _full(self, row: tuple) -> tuple:
        return tuple(
            constant if index is None else (adapt(row[index]) if adapt else row[index])
            for index, constant, adapt in self.plan
        )

    def write(self, rows: Iterable[tuple]) -> int:
        table = connection.ops.quote_name(self.model._meta.db_table)
        columns = ", ".join(connection.ops.quote_name(c) for c in self.columns)
        count = 0
        with connection.cursor() as wrapper:
            cursor = wrapper.cursor  # the driver's own cursor: no per-row wrapping
            if connection.vendor == "postgresql":
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(self._full(row))
                        count += 1
            else:
                marks = ", ".join("?" for _ in self.columns)
                statement = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608
                rows = iter(rows)
                while chunk := [self._full(row) for row in itertools.islice(rows, CHUNK)]:
                    cursor.executemany(statement, chunk)
                    count += len(chunk)
        return count


def write(model, names: list[str], rows: Iterable[tuple]) -> int:
    return Writer(model, names).write(rows)


def last_id(model) -> int:
    return model._base_manager.order_by("-pk").values_list("pk", flat=True).first() or 0


def new_ids(model, after: int, *fields: str) -> list:
    """The rows added after primary key `after`, in insertion order (pk, or (pk, *fields))."""
    rows = model._base_manager.filter(pk__gt=after).order_by("pk")
    if fields:
        return list(rows.values_list("pk", *fields))
    return list(rows.values_list("pk", flat=True))
