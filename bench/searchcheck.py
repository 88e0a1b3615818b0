"""Search latency: the site's search page vs its raw full-text SQL on the same data.

The probe (bench.probe) runs each benchmark query through the site's search
code and records the full-text statements it sent to PostgreSQL (the count,
capped, and the first page of results: since 2026-11-29 the site's own
statements over the search backend's index table, before that the ones
Wagtail's backend built, so earlier ratios compare with another query). Here
that SQL is timed raw over psycopg, one query at a time; the page is loaded the
same way (one connection, straight to gunicorn, rotating through the same
queries) so neither side is helped by a cache.
"""

import statistics
import time
import urllib.parse

import psycopg

from .config import Config
from .load import Target, run_wrk


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def raw_sql(cfg: Config, searches: list[dict]) -> dict:
    """Every query once to warm the buffers, then rounds of all of them, bounded in time."""
    timings = []
    budget = max(10 if cfg.full_scale else 3, cfg.duration * 2)
    with psycopg.connect(cfg.db_url()) as conn, conn.cursor() as cursor:
        # As the site's own connections are set (atnet.settings.production).
        cursor.execute("SET max_parallel_workers_per_gather = 0")
        for search in searches:
            _run(cursor, search)
        deadline = time.monotonic() + budget
        while len(timings) < cfg.search_requests and (not timings or time.monotonic() < deadline):
            for search in searches:
                timings.append(_run(cursor, search))
    return {
        "samples": len(timings),
        "p50_ms": statistics.median(timings),
        "p95_ms": percentile(timings, 0.95),
    }


def _run(cursor, search: dict) -> float:
    started = time.perf_counter()
    for sql in search["sql"]:
        cursor.execute(sql)
        cursor.fetchall()
    return (time.perf_counter() - started) * 1000


def site_search(cfg: Config, searches: list[dict]) -> dict:
    paths = [
        f"/{s['language']}/search/?" + urllib.parse.urlencode({"q": s["query"]}) for s in searches
    ]
    target = Target("search", "all", cfg.app_port, paths, "app", connections=1)
    # At least 10 s: on a busy machine the first searches of a cold worker take seconds.
    result = run_wrk(cfg, target, duration=max(cfg.duration * 2, 10))
    if result["requests"] == 0:
        raise SystemExit("the search page answered no request within the run")
    return {"samples": result["requests"], **result}
