"""The bench database: PostgreSQL `atnet_bench_<seed>_<size>_<generator>`, built once and reused.

Built with the production settings: migrate, the demo site (`load_demo`), the
bulk datasets (bench.datasets), then the search index through the backend's
bulk indexing (`add_items`, as `update_index` does, on every core). A marker
file records that the build finished, how long each step took and the
migrations it has; a database without one is rebuilt. New migrations are
applied to a cached database in place (`migrate`, as in production); one that
changed or disappeared since the build means a rebuild.
"""

import json
import os
import subprocess
import time
from pathlib import Path

import psycopg

from .config import OUT, PYTHON, ROOT, Config, migrations
from .system import log, manage

SECRET = "bench-only-not-a-secret-5d1f9c"


def production_env(cfg: Config) -> dict:
    """The environment of the production profile, for local http on 127.0.0.1."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "atnet.settings.production",
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": cfg.db_url(),
        "REDIS_URL": cfg.redis_url,
        "ATNET_VAR_DIR": str(OUT / "var"),
        "STATIC_ROOT": str(OUT / "static"),
        "MEDIA_ROOT": str(OUT / "media"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "TASKS_BACKEND": "django_tasks.backends.dummy.DummyBackend",
        "LOG_LEVEL": "WARNING",
        "ATNET_SITE_HOSTNAME": "127.0.0.1",
        "ATNET_SITE_PORT": str(cfg.nginx_port),
        "PYTHONPATH": str(ROOT),
    }


def empty_cache(cfg: Config) -> None:
    """The bench's Redis database, emptied: no part cached by an earlier run is measured."""
    import redis

    redis.Redis.from_url(cfg.redis_url).flushdb()


def _admin(cfg: Config):
    return psycopg.connect(cfg.pg_admin_url, autocommit=True)


def _exists(cfg: Config) -> bool:
    with _admin(cfg) as conn:
        row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [cfg.db_name])
        return row.fetchone() is not None


def prepare(cfg: Config) -> dict:
    marker = OUT / "db" / f"{cfg.db_name}.json"
    env = production_env(cfg)
    if marker.exists() and _exists(cfg):
        info = json.loads(marker.read_text())
        if follow_migrations(marker, info, env):
            log(f"reusing database {cfg.db_name} (built in {info['total_seconds']} s)")
            return {**info, "cached": True}
    _drop_stale(cfg)
    applied = migrations()
    info = _build(cfg, env)
    save_marker(marker, info, applied)
    return {**info, "cached": False}


def save_marker(marker: Path, info: dict, applied: dict | None = None) -> None:
    """Records the build and the migrations it has (`applied`: as read before `migrate`
    ran, so one added during a build is applied at the next run)."""
    marker.parent.mkdir(parents=True, exist_ok=True)
    info = {**info, "migrations": applied if applied is not None else migrations()}
    marker.write_text(json.dumps(info, indent=2))


def follow_migrations(marker: Path, info: dict, env: dict) -> bool:
    """True when the cached database is (or has just been brought) up to date by `migrate`."""
    now, then = migrations(), info.get("migrations")
    if then is None or any(now.get(name) != digest for name, digest in then.items()):
        log("a migration of the cached database changed: rebuilding it")
        return False
    new = [name for name in now if name not in then]
    if new:
        log(f"applying {len(new)} new migration(s) to the cached database")
        manage(env, "migrate", "--noinput")
        save_marker(marker, info, now)
    return True


def drop(cfg: Config) -> None:
    """Drops the bench database and forgets it (BENCH_KEEP_DB=0)."""
    with _admin(cfg) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{cfg.db_name}"')
    (OUT / "db" / f"{cfg.db_name}.json").unlink(missing_ok=True)


def _drop_stale(cfg: Config) -> None:
    """Older builds of the same seed and size (another schema) only take disk space."""
    prefix = cfg.db_name.rsplit("_", 1)[0] + "\\_%"
    with _admin(cfg) as conn:
        names = conn.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s AND datname <> %s",
            [prefix, cfg.db_name],
        ).fetchall()
        for (name,) in names:
            log(f"dropping the outdated bench database {name}")
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def _build(cfg: Config, env: dict) -> dict:
    steps: dict[str, float] = {}
    started = time.perf_counter()
    with _admin(cfg) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{cfg.db_name}"')
        conn.execute(f'CREATE DATABASE "{cfg.db_name}"')

    def step(name, function):
        log(f"database: {name}")
        begun = time.perf_counter()
        result = function()
        steps[name] = round(time.perf_counter() - begun, 1)
        return result

    step("migrate", lambda: manage(env, "migrate", "--noinput"))
    step("load_demo", lambda: manage(env, "load_demo"))
    datasets = step("generate", lambda: generate(cfg, env))
    step("search_index", lambda: _index(env))
    step("analyze", lambda: _analyze(cfg))
    total = round(time.perf_counter() - started, 1)
    log(f"database {cfg.db_name} built in {total} s: {steps}")
    return {"database": cfg.db_name, "steps": steps, "datasets": datasets, "total_seconds": total}


def generate(cfg: Config, env: dict, *only: str) -> dict:
    """The datasets (`only` these when named) in a Django process on `env`'s database."""
    result = subprocess.run(
        [str(PYTHON), "-m", "bench.datasets", str(cfg.seed), str(cfg.scale), *only],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"data generation failed:\n{result.stdout}\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _index(env: dict) -> None:
    """The search backend's bulk indexing, one process per core (see bench.indexer)."""
    workers = os.cpu_count() or 1
    command = [str(PYTHON), "-m", "bench.indexer"]
    processes = [
        subprocess.Popen(
            [*command, str(n), str(workers)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL
        )
        for n in range(workers)
    ]
    if any(process.wait() != 0 for process in processes):
        raise SystemExit("search indexing failed")
    subprocess.run([*command, "finish"], cwd=ROOT, env=env, check=True)


def _analyze(cfg: Config) -> None:
    with psycopg.connect(cfg.db_url(), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def collectstatic(cfg: Config) -> None:
    manage(production_env(cfg), "collectstatic", "--noinput", "-v0")
