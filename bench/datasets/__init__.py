"""Datasets the bench generates, at `BENCH_SCALE` of the full size, repeatable with a seed.

Each dataset is a module here with `generate(rng, count) -> int` (rows made).
A dataset whose models do not exist yet is listed with `module=None`: the
bench reports it as "not generated yet". When the app lands, add its module and
set `module`: nothing else changes (the cached database is keyed on these files).

Run inside Django (``python -m bench.datasets``); bench.run does that with the
production settings against the bench database.
"""

import importlib
import json
import random
import sys
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Dataset:
    name: str
    full_size: int
    module: str | None
    note: str = ""


DATASETS = [
    Dataset("pages", 100_000, "bench.datasets.pages", "news, events and pages in ro, en, ru"),
    Dataset("organisations", 10_000, None, "generator not written yet (atnet.network)"),
    Dataset("people", 100_000, None, "generator not written yet (people/contacts)"),
    Dataset("attendances", 1_000_000, None, "generator not written yet (meetings, trainings)"),
]


def generate_all(*, seed: int, scale: float) -> dict:
    """Generate every available dataset; returns {name: {"rows", "seconds"} or {"skipped"}}."""
    report = {}
    for number, dataset in enumerate(DATASETS):
        if dataset.module is None:
            report[dataset.name] = {"skipped": dataset.note, "full_size": dataset.full_size}
            continue
        count = max(1, round(dataset.full_size * scale))
        # One generator per dataset, so adding a dataset never changes the others.
        rng = random.Random(seed * 1000 + number)
        started = time.perf_counter()
        rows = importlib.import_module(dataset.module).generate(rng, count)
        report[dataset.name] = {
            "rows": rows,
            "target": count,
            "full_size": dataset.full_size,
            "seconds": round(time.perf_counter() - started, 1),
        }
    return report


def main() -> None:
    import django

    django.setup()
    seed, scale = int(sys.argv[1]), float(sys.argv[2])
    print(json.dumps(generate_all(seed=seed, scale=scale)))


if __name__ == "__main__":
    main()
