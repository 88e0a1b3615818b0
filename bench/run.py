"""`make bench`: data at scale, the production profile on 127.0.0.1, wrk, budgets.

Environment: BENCH_SCALE (1 = full size; 0.01 for a quick run), BENCH_SEED,
BENCH_ROUNDS, BENCH_DURATION (seconds per wrk run), BENCH_CONNECTIONS,
BENCH_THREADS, BENCH_ASSERT (0: never fail on budgets; 1: also at small scale).
See docs/performance.md for the method.
"""

import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from . import cachecheck, database, figures, report, searchcheck, servers
from .config import OUT, PYTHON, ROOT, Config
from .load import Target, run_wrk
from .system import ensure_tools, log

LANGUAGES = ("ro", "en", "ru")
PAGES = ("home", "news", "article", "events", "search", "api")
APP_ALONE = ("home", "news", "article")


def main() -> int:
    cfg = Config()
    started = time.perf_counter()
    load_before = os.getloadavg()
    OUT.mkdir(parents=True, exist_ok=True)
    log(f"scale {cfg.scale}, seed {cfg.seed}, {cfg.rounds} rounds of {cfg.duration} s")
    ensure_tools()
    # The SQLite database of the figures and the bare Wagtail project are built
    # (or found) while the PostgreSQL database is: the other core works too.
    with ThreadPoolExecutor(1) as pool:
        building = pool.submit(figures.prepare_sqlite, cfg)
        bare = pool.submit(servers.build_bare, cfg)
        db = database.prepare(cfg)
        sqlite_db = building.result()
        bare.result()
    # Before the servers start: neither measurement disturbs the other.
    figure_results = figures.compare(cfg)
    database.collectstatic(cfg)
    limit_path = servers.write_static_limit()
    database.empty_cache(cfg)
    probe = _probe(cfg)
    services = []
    try:
        app = servers.start_app(cfg)
        services.append(app)
        services.append(servers.start_nginx(cfg))
        services.append(servers.start_bare(cfg))
        targets = _targets(cfg, probe["targets"], limit_path)
        _warm(targets)
        checks = cachecheck.run(cfg, probe["targets"])
        for number in range(cfg.rounds):
            log(f"round {number + 1}/{cfg.rounds}")
            # Interleaved: every target once per round, the order turned each
            # round, so a slow spell of the machine is shared by all targets.
            shift = number % len(targets)
            for target in targets[shift:] + targets[:shift]:
                target.results.append(run_wrk(cfg, target))
        log("search latency: site search vs the engine's raw SQL")
        search = {
            "site": searchcheck.site_search(cfg, probe["searches"]),
            "raw": searchcheck.raw_sql(cfg, probe["searches"]),
            "queries": len(probe["searches"]),
            "mean_found": sum(s["found"] for s in probe["searches"]) / len(probe["searches"]),
            "broad": sum(bool(s.get("broad")) for s in probe["searches"]),
        }
        rss = servers.worker_rss(app)
        for service in services:
            service.check_alive()
    finally:
        for service in reversed(services):
            service.stop()
    results = report.Results(
        cfg=cfg,
        db=db,
        targets=targets,
        checks=checks,
        search=search,
        rss=rss,
        figures=figure_results,
        sqlite_db=sqlite_db,
        seconds=time.perf_counter() - started,
        load=(load_before, os.getloadavg()),
    )
    failures = report.publish(results)
    (OUT / "last-run.json").write_text(json.dumps(results.as_dict(), indent=2, default=str))
    if not cfg.keep_db:
        database.drop(cfg)
        figures.drop_sqlite(cfg)
    if failures and cfg.enforce:
        log(f"budgets missed: {', '.join(failures)}")
        return 1
    return 0


def _probe(cfg: Config) -> dict:
    import subprocess

    result = subprocess.run(
        [str(PYTHON), "-m", "bench.probe", str(cfg.seed)],
        cwd=ROOT,
        env=database.production_env(cfg),
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"probe failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _targets(cfg: Config, urls: dict, limit_path: str) -> list[Target]:
    targets = [Target("static", "—", cfg.nginx_port, [limit_path], "limit")]
    for language in LANGUAGES:
        paths = {**urls[language]}
        paths["search"] = f"/{language}/search/?q={_quote(urls[language]['search_query'])}"
        paths["api"] = f"/api/v1/news?lang={language}"
        for key in PAGES:
            targets.append(Target(key, language, cfg.nginx_port, [paths[key]], "cached"))
    for key in APP_ALONE:
        targets.append(Target(key, "ro", cfg.app_port, [urls["ro"][key]], "app"))
    targets.append(Target("welcome", "—", cfg.bare_port, ["/"], "bare"))
    return targets


def _quote(text: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(text)


def _warm(targets: list[Target]) -> None:
    """One request each: a failing page stops the bench before any figure is taken."""
    for target in targets:
        for path in target.paths:
            status, _state, _body = cachecheck.fetch(f"http://127.0.0.1:{target.port}{path}")
            if status != 200:
                raise SystemExit(f"{target.name} {path} answered {status}")


if __name__ == "__main__":
    sys.exit(main())
