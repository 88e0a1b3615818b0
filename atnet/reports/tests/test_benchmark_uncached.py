"""The figures bench times each figure as computed, never its cached copy."""

import pytest

from atnet.reports import benchmark
from atnet.reports.figures import base
from atnet.reports.period import Period

pytestmark = pytest.mark.django_db


def test_the_bench_computes_every_figure_without_the_cache(monkeypatch):
    def no_cache(*_args, **_kwargs):
        raise AssertionError("the bench read the figures cache")

    monkeypatch.setattr(base, "cached_figure", no_cache)
    rows = benchmark.compare(Period.year(2025), runs=1)
    assert {row["figure"] for row in rows} == set(benchmark.BY_SLUG)
