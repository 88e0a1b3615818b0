"""wrk against 127.0.0.1 only, bounded in time; one JSON result per run."""

import json
import statistics
import subprocess
from dataclasses import dataclass, field

from .config import BENCH_DIR, Config

SCRIPT = BENCH_DIR / "report.lua"


@dataclass
class Target:
    key: str  # row in the table, e.g. "home"
    language: str  # "ro", "en", "ru" or "—"
    port: int
    paths: list[str]
    profile: str  # "cached" (through nginx), "app" (gunicorn alone), "bare", "limit"
    connections: int | None = None
    results: list[dict] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.profile}:{self.key}:{self.language}"

    def median(self, metric: str) -> float:
        return statistics.median(result[metric] for result in self.results)


def run_wrk(cfg: Config, target: Target, duration: int | None = None) -> dict:
    host = "127.0.0.1"  # never anything else: the bench loads this machine only
    connections = target.connections or cfg.connections
    threads = min(cfg.threads, connections)
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration or cfg.duration}s",
        "--timeout",
        "10s",
        "-s",
        str(SCRIPT),
        f"http://{host}:{target.port}{target.paths[0]}",
        "--",
        *target.paths,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    raw = json.loads(output.strip().splitlines()[-1])
    seconds = raw["duration_us"] / 1e6
    return {
        "rps": raw["requests"] / seconds,
        "p50_ms": raw["p50"] / 1000,
        "p95_ms": raw["p95"] / 1000,
        "p99_ms": raw["p99"] / 1000,
        "requests": raw["requests"],
        "errors": raw["non2xx"] + raw["socket_errors"],
        "kb": raw["bytes"] / max(raw["requests"], 1) / 1024,
    }
