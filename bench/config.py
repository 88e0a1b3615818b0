"""Every knob of the bench, from the environment, with the defaults `make bench` uses."""

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
# Everything the bench writes (BENCH_OUT: elsewhere, e.g. a temporary directory in CI).
OUT = Path(os.environ.get("BENCH_OUT") or BENCH_DIR / "out")
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
    # Production shares one cache between the workers (the deploy check insists
    # on REDIS_URL): the bench's app uses a Redis database of its own, emptied
    # before each run.
    redis_url: str = field(
        default_factory=lambda: os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
    )
    nginx_port: int = field(default_factory=lambda: _int("BENCH_NGINX_PORT", 18080))
    app_port: int = field(default_factory=lambda: _int("BENCH_APP_PORT", 18001))
    bare_port: int = field(default_factory=lambda: _int("BENCH_BARE_PORT", 18002))
    # Timings are only asserted at full scale: a quick run (CI) checks the
    # scripts, not the machine. BENCH_NO_BUDGETS=1 is the same as BENCH_ASSERT=0.
    assert_budgets: bool = field(
        default_factory=lambda: (
            os.environ.get("BENCH_ASSERT", "auto") != "0"
            and os.environ.get("BENCH_NO_BUDGETS", "") in ("", "0")
        )
    )
    # The reports' figures vs hand-written SQL: a whole calendar year of the generated
    # records (the dashboard's default period), or "all" for the ten years at once.
    figure_period: str = field(
        default_factory=lambda: os.environ.get("BENCH_FIGURE_PERIOD", "2025")
    )
    # Where the report goes (default: docs/performance.md at full scale, else under OUT).
    report_path: str = field(default_factory=lambda: os.environ.get("BENCH_REPORT", ""))
    # BENCH_KEEP_DB=0 drops the bench's databases at the end (CI: nothing left behind).
    keep_db: bool = field(default_factory=lambda: os.environ.get("BENCH_KEEP_DB", "1") != "0")

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
        return f"atnet_bench_{self.seed}_{self.count(100_000)}_{generator_fingerprint()}"

    @property
    def sqlite_path(self) -> Path:
        """The SQLite database of the figures' bench (records only, no bulk pages)."""
        name = f"figures_{self.seed}_{self.count(1_000_000)}_{generator_fingerprint()}.sqlite3"
        return OUT / "db" / name

    @property
    def report(self) -> Path:
        if self.report_path:
            return Path(self.report_path)
        return DOC if self.full_scale else OUT / "performance.md"

    def db_url(self) -> str:
        base = self.pg_admin_url.rsplit("/", 1)[0]
        return f"{base}/{self.db_name}"


def _digest(path: Path) -> str:
    return hashlib.sha256(str(path.relative_to(ROOT)).encode() + path.read_bytes()).hexdigest()


def generator_fingerprint() -> str:
    """Changes when the generator changes, so a cached database is rebuilt."""
    sources = sorted((BENCH_DIR / "datasets").glob("*.py")) + [BENCH_DIR / "indexer.py"]
    return hashlib.sha256("".join(_digest(p) for p in sources).encode()).hexdigest()[:8]


def migrations() -> dict[str, str]:
    """Every migration file and its digest: a cached database follows new migrations in
    place (`migrate`), and is rebuilt when one it already has was changed or removed."""
    return {
        str(path.relative_to(ROOT)): _digest(path)[:16]
        for path in sorted((ROOT / "atnet").glob("*/migrations/*.py"))
    }
