"""The figures-vs-SQL comparison that `make bench` runs (atnet.reports.benchmark)."""

import pytest

from atnet.meetings.models import Attendance
from atnet.reports import benchmark
from atnet.reports.figures import SPECS
from atnet.reports.period import Period
from bench.datasets import RECORDS, generate_all
from bench.datasets.common import FIRST_DAY, LAST_DAY

from .conftest import YEAR

pytestmark = pytest.mark.django_db


def test_a_figure_that_disagrees_with_its_sql_stops_the_comparison(pages, monkeypatch):
    wrong = "SELECT x.status, COUNT(*) + 1 FROM legislation_actpage x GROUP BY x.status"
    monkeypatch.setitem(benchmark.SQL, "legislation-by-status", lambda: wrong)
    with pytest.raises(AssertionError, match="legislation-by-status: ORM"):
        benchmark.compare(Period.year(YEAR), runs=1)


def test_each_time_is_a_median_of_at_least_the_runs_asked_for(records):
    rows = benchmark.compare(Period.year(YEAR), runs=3)
    assert [row["figure"] for row in rows] == [spec.slug for spec in SPECS]
    for row in rows:
        assert row["runs"] >= 3
        # The times are rounded to 0.01 ms, a good part of the small records' times:
        # the ratio (of the unrounded times) lies within what that rounding allows.
        orm, sql, half = row["orm_ms"], row["sql_ms"], 0.005
        low, high = (orm - half) / (sql + half), (orm + half) / max(sql - half, 1e-9)
        assert low - half <= row["ratio"] <= high + half


def test_the_bench_records_give_the_same_numbers_in_every_figure_and_its_sql(db):
    report = generate_all(seed=7, scale=0.001, only=RECORDS)
    assert set(report) == set(RECORDS)
    assert Attendance.objects.count() == report["attendances"]["rows"] == 1000
    for period in (Period(FIRST_DAY, LAST_DAY), Period.year(2025)):
        rows = benchmark.compare(period, runs=1)  # asserts the numbers are equal
        assert len(rows) == len(SPECS)
    people = benchmark.BY_SLUG["participants-by-unit"].compute(Period(FIRST_DAY, LAST_DAY))
    assert 800 < people.total["attendances"] < 1000  # 90% present, meetings of ten years
