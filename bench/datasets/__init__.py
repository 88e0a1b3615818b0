"""Datasets the bench generates, at `BENCH_SCALE` of the full size, repeatable with a seed.

Each dataset is a function `generate(rng, count) -> int` (rows made) of a
module here, named `module:function` (`generate` when not named), run in the
order listed: later ones read the rows of earlier ones (attendances need
meetings and people). A dataset whose models do not exist yet is listed with
`module=None`: the bench reports it as "not generated yet". Every dataset has
its own random generator, so adding one never changes the others (the cached
database is keyed on these files).

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
    Dataset("organisations", 10_000, "bench.datasets.network:organisations", "with their units"),
    Dataset("people", 100_000, "bench.datasets.network:people", "network.Person"),
    Dataset("meetings", 20_000, "bench.datasets.meetings:meetings", "12 series, ten years"),
    Dataset("attendances", 1_000_000, "bench.datasets.meetings:attendances",
            "sign-in sheets of the meetings held, 5% walk-ins"),
    Dataset("training enrolments", 100_000, "bench.datasets.trainings:enrolments",
            "with 40 courses, sessions, participants and the days attended"),
    Dataset("activities", 10_000, "bench.datasets.network:activities", "with their units"),
    Dataset("deliveries", 25_000, "bench.datasets.support", "equipment and distributions"),
    Dataset("projects", 10_000, "bench.datasets.programme:projects",
            "Wagtail pages in ro only (the figures count the default language), with units"),
    Dataset("acts", 5_000, "bench.datasets.programme:acts",
            "normative acts, Wagtail pages in ro only"),
]  # fmt: skip
# What the reports' figures read: the SQLite database of the figures' bench has only these.
RECORDS = tuple(dataset.name for dataset in DATASETS if dataset.name != "pages")


def generate_all(*, seed: int, scale: float, only: tuple[str, ...] = ()) -> dict:
    """Generate the datasets (`only` these when given), in order; returns
    {name: {"rows", "seconds", ...} or {"skipped"}}."""
    from django.db import transaction

    report = {}
    for number, dataset in enumerate(DATASETS):
        if only and dataset.name not in only:
            continue
        if dataset.module is None:
            report[dataset.name] = {"skipped": dataset.note, "full_size": dataset.full_size}
            continue
        count = max(1, round(dataset.full_size * scale))
        # One generator per dataset, so adding a dataset never changes the others.
        rng = random.Random(seed * 1000 + number)
        started = time.perf_counter()
        module, _colon, function = dataset.module.partition(":")
        with transaction.atomic():  # one transaction: SQLite would sync every row otherwise
            rows = getattr(importlib.import_module(module), function or "generate")(rng, count)
        report[dataset.name] = {
            "rows": rows,
            "target": count,
            "full_size": dataset.full_size,
            "seconds": round(time.perf_counter() - started, 1),
            "note": dataset.note,
        }
    return report


def main() -> None:
    import django

    django.setup()
    seed, scale, only = int(sys.argv[1]), float(sys.argv[2]), tuple(sys.argv[3:])
    print(json.dumps(generate_all(seed=seed, scale=scale, only=only)))


if __name__ == "__main__":
    main()
