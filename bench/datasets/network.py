"""Organisations of the network, their people and their activities, written in bulk.

Organisation sizes follow a Zipf-like curve (a few ministries and large NGOs,
many small local bodies), so people, attendances and trainees cluster the way
real records do. The units come from the reference rows of `atnet.geo`.
"""

import datetime as dt
import random

from atnet.core.text import searchable
from atnet.geo.models import AdministrativeUnit
from atnet.network.models import (
    Activity,
    ActivityStatus,
    Domain,
    Level,
    Organisation,
    OrganisationType,
    Person,
    TargetGroup,
)

from . import bulk
from .common import FIRST_DAY, LAST_DAY, day, full_name, gender, pick, weights
from .text import Vocabulary

TYPES = {
    OrganisationType.LOCAL_AUTHORITY: 0.33, OrganisationType.NGO: 0.2,
    OrganisationType.SOCIAL_SERVICE: 0.12, OrganisationType.POLICE: 0.1,
    OrganisationType.PROSECUTION: 0.05, OrganisationType.COURT: 0.05,
    OrganisationType.CENTRAL_AUTHORITY: 0.03, OrganisationType.INTERNATIONAL: 0.02,
    OrganisationType.OTHER: 0.1,
}  # fmt: skip
LEVELS = {Level.LOCAL: 0.7, Level.REGIONAL: 0.2, Level.NATIONAL: 0.1}
LANGUAGES = ("ro", "ro", "ro", "en", "ru")
POSITIONS = ("specialist", "șef de secție", "inspector", "consultant", "director", "asistent")


def units() -> list[int]:
    return list(AdministrativeUnit.objects.order_by("pk").values_list("pk", flat=True))


def organisations(rng: random.Random, count: int) -> int:
    words = Vocabulary("ro", rng)
    before = bulk.last_id(Organisation)

    def row(number: int) -> tuple:
        name = f"{words.sentence(rng, rng.randint(2, 4))} {number}"
        domains = rng.sample(Domain.values, rng.randint(1, 3))
        return (
            name, f"{name} (en)", f"{name} (ru)", f"bench-org-{number}", pick(rng, TYPES),
            pick(rng, LEVELS), domains, rng.random() < 0.9, searchable(name),
        )  # fmt: skip

    names = ["name_ro", "name_en", "name_ru", "slug", "type", "level", "domains", "is_public",
             "search_folded"]  # fmt: skip
    made = bulk.write(Organisation, names, (row(n) for n in range(count)))
    all_units = units()
    links = (
        (org, unit)
        for org in bulk.new_ids(Organisation, before)
        for unit in rng.sample(all_units, rng.randint(1, 2))
    )
    through = Organisation.regions.through
    bulk.write(through, ["organisation", "administrativeunit"], links)
    return made


def people(rng: random.Random, count: int) -> int:
    orgs = list(Organisation.objects.order_by("pk").values_list("pk", flat=True))
    cumulative = weights(len(orgs))

    def row(number: int) -> tuple:
        sex = gender(rng)
        return (
            rng.choices(orgs, cum_weights=cumulative)[0], full_name(rng, sex),
            rng.choice(POSITIONS), f"p{number}@bench.example.org", rng.choice(LANGUAGES),
            sex, rng.random() < 0.1,
        )  # fmt: skip

    names = ["organisation", "full_name", "position", "email", "preferred_language", "gender",
             "is_focal_point"]  # fmt: skip
    return bulk.write(Person, names, (row(n) for n in range(count)))


def activities(rng: random.Random, count: int) -> int:
    words = Vocabulary("ro", rng)
    orgs = list(Organisation.objects.order_by("pk").values_list("pk", flat=True))
    before = bulk.last_id(Activity)

    def row(_number: int) -> tuple:
        start = day(rng, FIRST_DAY, LAST_DAY)
        title = words.sentence(rng, rng.randint(3, 7))
        ongoing = rng.random() < 0.2
        end = None if ongoing else min(LAST_DAY, start + dt.timedelta(days=rng.randint(0, 365)))
        return (
            rng.choice(orgs), title, rng.sample(Domain.values, rng.randint(1, 2)), start, end,
            rng.choice(ActivityStatus.values), rng.sample(TargetGroup.values, rng.randint(1, 3)),
            searchable(title),
        )  # fmt: skip

    names = ["organisation", "title_ro", "domains", "start_date", "end_date", "status",
             "target_groups", "search_folded"]  # fmt: skip
    made = bulk.write(Activity, names, (row(n) for n in range(count)))
    all_units = units()
    links = (
        (activity, unit)
        for activity in bulk.new_ids(Activity, before)
        for unit in rng.sample(all_units, rng.randint(1, 3))
    )
    bulk.write(Activity.regions.through, ["activity", "administrativeunit"], links)
    return made
