"""The table on the terminal and docs/performance.md, and the budgets."""

import datetime as dt
import platform
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from . import figures as figures_bench
from .config import BENCH_DIR, Config
from .load import Target

NOTES = BENCH_DIR / "notes.md"
LABELS = {
    "static": "nginx static file, 20 KB (the limit)",
    "home": "home",
    "news": "news index",
    "article": "news article",
    "events": "event index",
    "search": "search (one query)",
    "api": "API list /api/v1/news",
    "welcome": "Wagtail's bare welcome page",
}


@dataclass
class Results:
    cfg: Config
    db: dict
    targets: list[Target]
    checks: list[dict]
    search: dict
    rss: list[float]
    seconds: float
    load: tuple = ((0, 0, 0), (0, 0, 0))
    figures: dict = field(default_factory=dict)
    sqlite_db: dict = field(default_factory=dict)

    @property
    def limit(self) -> Target:
        return next(t for t in self.targets if t.profile == "limit")

    def of(self, profile: str) -> list[Target]:
        return [t for t in self.targets if t.profile == profile]

    def as_dict(self) -> dict:
        return {
            "scale": self.cfg.scale,
            "seed": self.cfg.seed,
            "database": self.db,
            "targets": {t.name: t.results for t in self.targets},
            "checks": self.checks,
            "search": self.search,
            "worker_rss_mb": self.rss,
            "figures": self.figures,
            "sqlite_database": self.sqlite_db,
            "seconds": self.seconds,
            "load_average": self.load,
        }


def budgets(results: Results) -> list[tuple[str, str, bool]]:
    limit = results.limit.median("rps")
    rows = []
    cached = results.of("cached")
    worst = min(cached, key=lambda t: t.median("rps"))
    rows.append(
        (
            "anonymous pages through nginx ≥ 50% of the static limit",
            f"lowest: {worst.key} ({worst.language}) {worst.median('rps') / limit:.0%}",
            all(t.median("rps") >= 0.5 * limit for t in cached),
        )
    )
    bare = results.of("bare")[0].median("rps")
    for target in results.of("app"):
        rps = target.median("rps")
        rows.append(
            (
                f"app alone, {LABELS[target.key]} ≥ bare Wagtail welcome page",
                f"{rps:.0f} vs {bare:.0f} req/s ({rps / bare:.2f}×)",
                rps >= bare,
            )
        )
    site, raw = results.search["site"]["p95_ms"], results.search["raw"]["p95_ms"]
    rows.append(
        (
            "search p95 ≤ 2× the engine's raw SQL",
            f"{site:.1f} ms vs {raw:.1f} ms ({site / raw:.2f}×)",
            site <= 2 * raw,
        )
    )
    rows.append(("search p95 < 50 ms", f"{site:.1f} ms", site < 50))
    top = max(results.rss) if results.rss else 0
    rows.append(
        ("each worker < 250 MB RSS after the run", f"max {top:.0f} MB of {results.rss}", top < 250)
    )
    errors = sum(r["errors"] for t in results.targets for r in t.results)
    rows.append(("no errors (non-2xx, socket) under load", f"{errors} errors", errors == 0))
    for check in results.checks:
        rows.append((f"cache: {check['check']}", check["detail"], check["ok"]))
    rows.extend(figures_bench.budgets(results.figures))
    return rows


def _row(target: Target, limit: float) -> str:
    rps = target.median("rps")
    # No answer at all within a run: latencies are unknown, not zero.
    p50, p99 = (
        (f"{target.median('p50_ms'):.1f}", f"{target.median('p99_ms'):.1f}")
        if target.median("requests")
        else ("—", "—")
    )
    return (
        f"| {LABELS[target.key]} | {target.language} | {rps:,.0f} | {p50} | {p99} "
        f"| {rps / limit:.2f} |"
    )


def _table(targets: list[Target], limit: float) -> list[str]:
    head = ["| Page | Lang | req/s | p50 ms | p99 ms | × static |", "|---|---|--:|--:|--:|--:|"]
    return head + [_row(t, limit) for t in targets]


def _machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    import os

    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    nginx = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip()
    return (
        f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GB RAM, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, {nginx}"
    )


def _load(values) -> str:
    return "/".join(f"{value:.1f}" for value in values)


def _datasets(db: dict) -> list[str]:
    lines = ["| Dataset | Full size | Generated | Seconds | |", "|---|--:|--:|--:|---|"]
    for name, info in db["datasets"].items():
        if "skipped" in info:
            lines.append(
                f"| {name} | {info['full_size']:,} | not generated yet: {info['skipped']} | — | |"
            )
        else:
            lines.append(
                f"| {name} | {info['full_size']:,} | {info['rows']:,} | {info['seconds']} "
                f"| {info.get('note', '')} |"
            )
    return lines


def _figures(results: Results) -> list[str]:
    if not results.figures:
        return []
    any_result = next(iter(results.figures.values()))
    out = [
        "## Reports: each dashboard figure vs a hand-written SQL aggregate",
        "",
        f"Every figure of the coordinators' dashboard (`atnet/reports/figures/`, as the "
        f"dashboard computes it: query, rows and labels) against a hand-written SQL aggregate "
        f"of the same figure (`atnet/reports/benchmark.py`), on the same database, for "
        f"{any_result['period_label']} ({any_result['attendances_in_period']:,} of the "
        f"{any_result['attendances']:,} attendances, and the trainings, deliveries and "
        f"activities of that period). Both must give the same numbers (checked on every "
        f"run). Each time is the median of at least {any_result['runs']} runs, taking turns "
        f"(figures of a few milliseconds get up to 51 runs, while all of them take under "
        f"half a second). Budget: each figure ≤ {figures_bench.BUDGET:g}× its SQL.",
        "",
        "ORM ms and SQL ms are CPU time: this process's, plus, on PostgreSQL, that of the "
        "server backend running the query (read from /proc, same machine; parallel workers "
        "are switched off for both so the backend does all the work). On a shared machine "
        "the wall clock mostly measures the wait for a core; the wall-clock medians are "
        "given beside them. The ratio is ORM ÷ SQL of the CPU times.",
        "",
    ]
    for backend, result in results.figures.items():
        out += [
            f"### {figures_bench.LABELS[backend]} ({result['seconds']} s)",
            "",
            *figures_bench.table(result),
            "",
        ]
    return out


def _sqlite(info: dict) -> list[str]:
    if not info:
        return []
    steps = ", ".join(f"{k} {v} s" for k, v in info["steps"].items())
    cached = " (reused from an earlier run)" if info.get("cached") else ""
    rows = ", ".join(f"{name} {data['rows']:,}" for name, data in info["datasets"].items())
    return [
        f"SQLite database `{info['database']}` (the figures only: the same records, no bulk "
        f"pages): built in {info['total_seconds']} s{cached} ({steps}); {rows}.",
        "",
    ]


def render(results: Results, rows: list[tuple[str, str, bool]]) -> str:
    cfg, limit = results.cfg, results.limit.median("rps")
    search = results.search
    steps = ", ".join(f"{k} {v} s" for k, v in results.db["steps"].items())
    cached = " (reused from an earlier run)" if results.db.get("cached") else ""
    out = [
        "# Performance",
        "",
        f"Measured by `make bench` on {dt.date.today().isoformat()}: scale {cfg.scale} "
        f"(`BENCH_SCALE`), seed {cfg.seed}, {cfg.rounds} interleaved rounds of "
        f"{cfg.duration} s per target, wrk with {cfg.threads} thread(s) and "
        f"{cfg.connections} connections against 127.0.0.1. Each figure is the median of "
        f"the rounds; × static is the ratio to the static limit measured in the same run. "
        f"Whole run: {results.seconds / 60:.1f} min.",
        "",
        f"Machine: {_machine()}. Load average (1, 5, 15 min) at the start "
        f"{_load(results.load[0])}, at the end {_load(results.load[1])}: anything well above "
        f"0 means other work shared the cores during the run.",
        "",
        "## Budgets",
        "",
        "| Budget | Measured | Met |",
        "|---|---|---|",
        *[f"| {name} | {value} | {'yes' if ok else '**NO**'} |" for name, value, ok in rows],
        "",
        "## Production profile: nginx micro-cache in front of gunicorn",
        "",
        *_table([results.limit, *results.of("cached")], limit),
        "",
        "## The application alone (gunicorn, no cache) vs Wagtail's bare welcome page",
        "",
        "Same gunicorn configuration (deploy/gunicorn.conf.py) for both; the welcome page is "
        "`wagtail start`'s project, unchanged, on its default SQLite database, with its "
        "production settings.",
        "",
        *_table([*results.of("app"), *results.of("bare")], limit),
        "",
        "## Search",
        "",
        f"{search['queries']} queries (one or two words, in the three languages), one "
        "connection, no cache. "
        f"{search.get('broad', 0)} of them are broad (more matches than the search ranks: "
        "listed newest first, counted up to the cap); the others are ranked and counted "
        f"exactly. On average {search['mean_found']:,.0f} matching pages each, as the page "
        "counts them.",
        "",
        "| | samples | p50 ms | p95 ms |",
        "|---|--:|--:|--:|",
        f"| site search page (HTTP, gunicorn) | {search['site']['samples']} | "
        f"{search['site']['p50_ms']:.1f} | {search['site']['p95_ms']:.1f} |",
        f"| the engine's SQL for the same queries (the count and the first page, psycopg) | "
        f"{search['raw']['samples']} | {search['raw']['p50_ms']:.1f} | "
        f"{search['raw']['p95_ms']:.1f} |",
        "",
        *_figures(results),
        "## Data",
        "",
        f"PostgreSQL database `{results.db['database']}`: built in "
        f"{results.db['total_seconds']} s{cached} ({steps}).",
        "",
        *_datasets(results.db),
        "",
        *_sqlite(results.sqlite_db),
    ]
    notes = NOTES.read_text() if NOTES.exists() else ""
    return "\n".join(out) + "\n" + notes


def publish(results: Results) -> list[str]:
    rows = budgets(results)
    limit = results.limit.median("rps")
    print()
    print("\n".join(_table([results.limit, *results.of("cached")], limit)))
    print()
    print("\n".join(_table([*results.of("app"), *results.of("bare")], limit)))
    print()
    for backend, result in results.figures.items():
        print(f"\nreports figures on {figures_bench.LABELS[backend]}, {result['period_label']}:")
        print("\n".join(figures_bench.table(result)))
    print()
    for name, value, ok in rows:
        print(f"{'ok  ' if ok else 'MISS'} {name}: {value}")
    # Only a full-size run replaces the recorded figures; a quick run writes
    # its own copy under bench/out/ (or BENCH_REPORT).
    target = results.cfg.report
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(results, rows))
    print(f"\nwritten to {target}")
    return [name for name, _value, ok in rows if not ok]
