"""The reports' dashboard figures vs a hand-written SQL aggregate, on SQLite and PostgreSQL.

PostgreSQL: the bench database, which has every dataset. SQLite: a database of
its own under OUT/db, built with the same production settings (migrate, the
demo site for the projects and acts, then the generated records, not the bulk
pages, which no figure reads), reused like the PostgreSQL one. It is built
while the PostgreSQL one is (different processes, so both cores work).

Each backend runs `atnet.reports.benchmark.compare` in a Django process of its
own (`python -m bench.figurecheck`), which also asserts that the figure and its
SQL give the same numbers: a difference stops the bench, budgets or not.
"""

import json
import subprocess
import time

from . import database
from .config import PYTHON, ROOT, Config, migrations
from .datasets import RECORDS
from .system import log, manage

BACKENDS = ("sqlite", "postgresql")
LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
BUDGET = 2.0  # each figure at most twice its hand-written SQL


def sqlite_env(cfg: Config) -> dict:
    return {**database.production_env(cfg), "DATABASE_URL": f"sqlite:///{cfg.sqlite_path}"}


def prepare_sqlite(cfg: Config) -> dict:
    path, env = cfg.sqlite_path, sqlite_env(cfg)
    marker = path.with_suffix(".json")
    if marker.exists() and path.exists():
        info = json.loads(marker.read_text())
        if database.follow_migrations(marker, info, env):
            log(f"reusing SQLite database {path.name} (built in {info['total_seconds']} s)")
            return {**info, "cached": True}
    for stale in path.parent.glob(f"figures_{cfg.seed}_{cfg.count(1_000_000)}_*"):
        stale.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    applied = migrations()
    info = _build_sqlite(cfg, env)
    database.save_marker(marker, info, applied)
    return {**info, "cached": False}


def _build_sqlite(cfg: Config, env: dict) -> dict:
    steps, started = {}, time.perf_counter()

    def step(name, function):
        log(f"SQLite database: {name}")
        begun = time.perf_counter()
        result = function()
        steps[name] = round(time.perf_counter() - begun, 1)
        return result

    step("migrate", lambda: manage(env, "migrate", "--noinput"))
    step("load_demo", lambda: manage(env, "load_demo"))
    datasets = step("generate", lambda: database.generate(cfg, env, *RECORDS))
    step("analyze", lambda: _analyze(env))
    total = round(time.perf_counter() - started, 1)
    return {"database": cfg.sqlite_path.name, "steps": steps, "datasets": datasets,
            "total_seconds": total}  # fmt: skip


def _analyze(env: dict) -> None:
    _django(env, "-c", "import django; django.setup(); "
            "from django.db import connection; connection.cursor().execute('ANALYZE')")  # fmt: skip


def _django(env: dict, *args: str) -> str:
    result = subprocess.run([str(PYTHON), *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args[:2])} failed:\n{result.stderr[-4000:]}")
    return result.stdout


def compare(cfg: Config) -> dict:
    """{backend: {"period", "runs", "rows": [...], "seconds"}}, SQLite then PostgreSQL."""
    runs = max(1, cfg.rounds)
    envs = {"sqlite": sqlite_env(cfg), "postgresql": database.production_env(cfg)}
    results = {}
    for backend in BACKENDS:
        log(f"figures vs hand-written SQL on {LABELS[backend]} ({runs} run(s) each)")
        started = time.perf_counter()
        output = _django(envs[backend], "-m", "bench.figurecheck", cfg.figure_period, str(runs))
        result = json.loads(output.strip().splitlines()[-1])
        results[backend] = {**result, "seconds": round(time.perf_counter() - started, 1)}
    return results


def budgets(figures: dict) -> list[tuple[str, str, bool]]:
    rows = []
    for backend, result in figures.items():
        worst = max(result["rows"], key=lambda row: row["ratio"])
        rows.append(
            (
                f"{LABELS[backend]}: each reports figure ≤ {BUDGET:g}× its hand-written SQL "
                f"({result['period_label']})",
                f"worst: {worst['figure']} {worst['ratio']:.2f}× "
                f"({worst['orm_ms']:.1f} vs {worst['sql_ms']:.1f} ms)",
                all(row["ratio"] <= BUDGET for row in result["rows"]),
            )
        )
    return rows


def table(result: dict) -> list[str]:
    lines = [
        "| Figure | ORM ms | SQL ms | ratio | ≤ 2× | ORM wall ms | SQL wall ms | runs |",
        "|---|--:|--:|--:|---|--:|--:|--:|",
    ]
    for row in result["rows"]:
        met = "yes" if row["ratio"] <= BUDGET else "**NO**"
        lines.append(
            f"| {row['figure']} | {row['orm_ms']:,.1f} | {row['sql_ms']:,.1f} | "
            f"{row['ratio']:.2f} | {met} | {row['orm_wall_ms']:,.1f} | "
            f"{row['sql_wall_ms']:,.1f} | {row['runs']} |"
        )
    return lines


def drop_sqlite(cfg: Config) -> None:
    cfg.sqlite_path.unlink(missing_ok=True)
    cfg.sqlite_path.with_suffix(".json").unlink(missing_ok=True)
