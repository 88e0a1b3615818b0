"""Equipment handed to authorities and key materials distributed, in bulk.

`count` is the number of deliveries: one in five is equipment (the rest are
distributions of 60 key materials), over the years of `common`.
"""

import random

from atnet.core.text import searchable
from atnet.network.models import Domain, Organisation
from atnet.support.models import (
    Distribution,
    Equipment,
    EquipmentCategory,
    EquipmentStatus,
    Material,
    MaterialKind,
)

from . import bulk
from .common import day
from .network import units

MATERIALS = 60
ITEMS = ("Laptop", "Imprimantă", "Cameră video", "Mobilier", "Autoturism", "Server")


def _materials(rng: random.Random) -> list[int]:
    before = bulk.last_id(Material)
    rows = [
        (
            f"bench-material-{n}",
            rng.choice(MaterialKind.values),
            f"Ghid {n}",
            f"Guide {n}",
            "ro",
            rng.sample(Domain.values, rng.randint(1, 2)),
            searchable(f"Ghid {n}"),
        )  # fmt: skip
        for n in range(MATERIALS)
    ]
    names = ["slug", "kind", "title_ro", "title_en", "original_language", "domains",
             "search_folded"]  # fmt: skip
    bulk.write(Material, names, rows)
    return bulk.new_ids(Material, before)


def generate(rng: random.Random, count: int) -> int:
    orgs = list(Organisation.objects.order_by("pk").values_list("pk", flat=True))
    places = units()
    equipment = count // 5
    rows = (
        (
            rng.choice(ITEMS),
            rng.choice(EquipmentCategory.values),
            rng.randint(1, 20),
            rng.choice(orgs),
            rng.choice(places),
            day(rng),
            rng.choice(EquipmentStatus.values),
        )  # fmt: skip
        for _n in range(equipment)
    )
    names = ["item", "category", "quantity", "recipient", "unit", "date", "status"]
    made = bulk.write(Equipment, names, rows)
    materials = _materials(rng)
    rows = (
        (rng.choice(materials), rng.choice(orgs), day(rng), rng.randint(1, 200))
        for _n in range(count - equipment)
    )
    made += bulk.write(Distribution, ["material", "organisation", "date", "copies"], rows)
    return made
