"""The compiled-statement cache: the same numbers as Django's own path, for any period.

Each figure is computed through the cache (its SQL compiled once per shape, then
run with the period's parameters) and again with the cache turned off, which
is Django's usual path; the two must agree for periods and regions other than
the one the statement was compiled for.
"""

import datetime as dt

import pytest
from django.db import connection
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from atnet.meetings.models import Meeting, MeetingStatus
from atnet.reports.figures import SPECS, statements
from atnet.reports.period import Period

from .conftest import YEAR

pytestmark = pytest.mark.django_db

PERIODS = [
    Period.year(YEAR),
    Period.year(YEAR - 1),
    Period(dt.date(YEAR - 1, 6, 1), dt.date(YEAR, 3, 31)),
    Period.year(YEAR, region="south"),
    Period.year(YEAR, region="north"),
    Period(dt.date(YEAR, 3, 1), dt.date(YEAR, 5, 31), region="centre"),
]


@pytest.fixture
def fresh(monkeypatch):
    """An empty cache, so each test compiles its own statements."""
    monkeypatch.setattr(statements, "STATEMENTS", {})
    return statements.STATEMENTS


def computed(spec, period):
    """Everything a figure shows, and the number of queries it took."""
    with CaptureQueriesContext(connection) as queries:
        result = spec.compute(period)
    total = result.total.values if result.total else None
    rows = [(row.key, row.label, row.values) for row in result.rows]
    return (result.columns, rows, total, result.notes), len(queries.captured_queries)


def without_cache(monkeypatch, spec, period):
    with monkeypatch.context() as patch:
        patch.setattr(statements, "STATEMENTS", {})
        patch.setattr(statements, "compile_statement", lambda build, period: None)
        return computed(spec, period)


def test_every_figure_gives_djangos_numbers_for_periods_it_was_not_compiled_for(
    pages, fresh, monkeypatch
):
    for period in PERIODS:
        for spec in SPECS:
            cached = computed(spec, period)
            assert cached == without_cache(monkeypatch, spec, period), (spec.slug, period)
    # The cache served them all: every shape without a domain was compiled, none refused.
    assert fresh and all(statement is not None for statement in fresh.values())


def test_the_period_reaches_the_cached_statement(records, fresh):
    series = next(spec for spec in SPECS if spec.slug == "meetings-by-series")
    this_year = series.compute(Period.year(YEAR))
    last_year = series.compute(Period.year(YEAR - 1))
    assert len(fresh) == 1  # one shape, compiled once, run for both years
    assert [row["count"] for row in this_year.rows] == [3]
    assert [row["count"] for row in last_year.rows] == [1]


def test_a_domain_is_not_cached_but_still_counted(pages, fresh, monkeypatch):
    period = Period.year(YEAR, domain="trafficking_prevention")
    trained = next(spec for spec in SPECS if spec.slug == "trained-by-course")
    assert computed(trained, period) == without_cache(monkeypatch, trained, period)
    # The domain's condition (JSON containment, or LIKE on SQLite's text) is no
    # value derived from the period: the shape takes Django's path each time.
    assert list(fresh.values()) == [None, None]  # the rows and the total


def _meetings(period):
    first, after = period.bounds
    return Meeting.objects.filter(
        status=MeetingStatus.HELD, starts_at__gte=first, starts_at__lt=after
    )


def _by_month(period):
    months = _meetings(period).annotate(month=TruncMonth("starts_at")).values("month")
    return months.annotate(count=Count("pk")).order_by("month")


def test_values_are_converted_as_django_converts_them(records, fresh):
    period = Period.year(YEAR)
    rows = statements.rows(("test", "months"), _by_month, period)
    assert fresh[("test", "months", False, False, *statements._context())] is not None
    # SQLite gives the months as text: Django's converters make them datetimes.
    assert rows == list(_by_month(period))
    assert all(isinstance(row["month"], dt.datetime) for row in rows)


def test_the_time_zone_is_part_of_the_shape(records, fresh):
    period = Period.year(YEAR)
    here = statements.rows(("test", "months"), _by_month, period)
    with timezone.override("America/Los_Angeles"):
        there = statements.rows(("test", "months"), _by_month, period)
        assert there == list(_by_month(period))
    assert len(fresh) == 2
    assert here != there  # the months are those of the zone's own midnight


@pytest.mark.parametrize(
    "build",
    [
        # The date a day later: a value the period gives, but not one of those known.
        lambda period: _meetings(period).filter(
            starts_at__date__gt=period.start + dt.timedelta(days=1)
        ),
        # The year written into the SQL text: the text differs between sentinels.
        lambda period: _meetings(period).extra(where=[f"{period.start.year} > 0"]),  # noqa: S610
    ],
    ids=["unknown parameter", "value in the text"],
)
def test_a_shape_that_cannot_be_parameterised_takes_djangos_path(records, fresh, build):
    def grouped(period):
        return build(period).values("series").annotate(count=Count("pk")).order_by()

    period = Period.year(YEAR)
    assert statements.compile_statement(grouped, period) is None
    assert statements.rows(("test", "refused"), grouped, period) == list(grouped(period))
    assert fresh == {("test", "refused", False, False, *statements._context()): None}


@pytest.mark.parametrize(
    ("slug", "labels"),
    [
        ("meetings-by-series", {"ro": "Ședința națională", "en": "National meeting"}),
        # A material without an English title falls back to the Romanian one.
        ("materials-distributed", {"ro": "Ghid ghid", "en": "Ghid ghid"}),
    ],
)
def test_labels_of_the_row_a_key_points_to_are_read_once_per_group(records, fresh, slug, labels):
    spec = next(spec for spec in SPECS if spec.slug == slug)
    for language, label in labels.items():
        with translation.override(language):
            assert [row.label for row in spec.compute(Period.year(YEAR)).rows] == [label]
    # Grouped by the key alone, with nothing joined for every record (one statement
    # per language, which is part of the shape).
    assert len(fresh) == 2
    assert all("JOIN" not in statement.sql for statement in fresh.values())


def test_a_source_that_refuses_the_sentinels_takes_djangos_path(records, fresh):
    def checked(period):
        if period.region not in {"south", "north", "centre"}:
            raise ValueError(period.region)
        rows = _meetings(period).filter(host_unit__development_region=period.region)
        return rows.values("series").annotate(count=Count("pk")).order_by()

    south = Period.year(YEAR, region="south")
    assert statements.rows(("test", "checked"), checked, south) == list(checked(south))
    assert list(fresh.values()) == [None]
    with pytest.raises(ValueError):  # the real period's error is Django's path's
        statements.rows(("test", "checked"), checked, Period.year(YEAR, region="west"))
