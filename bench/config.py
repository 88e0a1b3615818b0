"""Every knob of the bench, from the environment, with the defaults `make bench` uses."""

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
OUT = BENCH_DIR / "out"
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
DOC = ROOT / "docs" / "performance.md"


def _float(name: str, default: float) -> float:
    return float(os.environ.get(name, default))


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


@dataclass(frozen=True)
class Config:
    scale: float = field(default_factory=lambda: _float("BENCH_SCALE", 1.0))
    seed: int = field(default_factory=lambda: _int("BENCH_SEED", 20240601))
    # Rounds are interleaved: every target once per round, so a slow spell of
    # the machine hits all targets alike; each figure is the median of rounds.
    rounds: int = field(default_factory=lambda: _int("BENCH_ROUNDS", 3))
    duration: int = field(default_factory=lambda: _int("BENCH_DURATION", 5))
    connections: int = field(default_factory=lambda: _int("BENCH_CONNECTIONS", 32))
    threads: int = field(default_factory=lambda: _int("BENCH_THREADS", 1))
    search_requests: int = field(default_factory=lambda: _int("BENCH_SEARCH_REQUESTS", 300))
    pg_admin_url: str = field(
        default_factory=lambda: os.environ.get(
            "BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres"
        )
    )
    nginx_port: int = field(default_factory=lambda: _int("BENCH_NGINX_PORT", 18080))
    app_port: int = field(default_factory=lambda: _int("BENCH_APP_PORT", 18001))
    bare_port: int = field(default_factory=lambda: _int("BENCH_BARE_PORT", 18002))
    # Timings are only asserted at full scale: a quick run (CI) checks the
    # scripts, not the machine.
    assert_budgets: bool = field(
        default_factory=lambda: os.environ.get("BENCH_ASSERT", "auto") != "0"
    )

    @property
    def full_scale(self) -> bool:
        return self.scale >= 1.0

    @property
    def enforce(self) -> bool:
        return self.assert_budgets and (self.full_scale or os.environ.get("BENCH_ASSERT") == "1")

    def count(self, full: int) -> int:
        return max(1, round(full * self.scale))

    @property
    def db_name(self) -> str:
        return f"atnet_bench_{self.seed}_{self.count(100_000)}_{schema_fingerprint()}"

    def db_url(self) -> str:
        base = self.pg_admin_url.rsplit("/", 1)[0]
        return f"{base}/{self.db_name}"


def schema_fingerprint() -> str:
    """Changes when a migration or the generator changes, so a cached database is rebuilt."""
    digest = hashlib.sha256()
    sources = sorted((ROOT / "atnet").glob("*/migrations/*.py"))
    sources += sorted((BENCH_DIR / "datasets").glob("*.py")) + [BENCH_DIR / "indexer.py"]
    for path in sources:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]
