"""Coordination meetings over ten years and the sign-in sheets of those held, in bulk.

Meetings are spread over the years of `common`, most hosted in Chișinău; those
after the cut-off are still planned. Every held meeting gets a sheet of 10–90
lines, scaled so the sheets add up to exactly the requested count: people of
the network (their organisation and gender copied at the door, as the app
does) and a few walk-ins without a person.
"""

import datetime as dt
import random
from zoneinfo import ZoneInfo

from django.conf import settings

from atnet.meetings.models import Attendance, Meeting, MeetingStatus, Presence, Series, SeriesKind
from atnet.network.models import Organisation, Person

from . import bulk
from .common import LAST_DAY, day, full_name, gender, pick
from .network import units

SERIES = 12
SLUG = "bench-series-"
# Meetings from this day on have not taken place yet (fixed, so a seed gives one database).
CUT_OFF = dt.date(LAST_DAY.year, 12, 1)
PAST = {MeetingStatus.HELD: 0.92, MeetingStatus.CANCELLED: 0.04, MeetingStatus.POSTPONED: 0.04}
FUTURE = {MeetingStatus.PLANNED: 0.7, MeetingStatus.CONFIRMED: 0.3}
PRESENCE = {Presence.PRESENT: 0.9, Presence.ABSENT: 0.06, Presence.EXCUSED: 0.04}
WALK_INS = 0.05


def _series(rng: random.Random) -> list[int]:
    before = bulk.last_id(Series)
    rows = [
        (
            SeriesKind.NATIONAL if n == 0 else SeriesKind.REGIONAL,
            f"{SLUG}{n}",
            f"Ședința {n}",
            f"Meeting {n}",
            f"Совещание {n}",
            "FREQ=MONTHLY",
            n > 0,
        )  # fmt: skip
        for n in range(SERIES)
    ]
    names = ["kind", "slug", "name_ro", "name_en", "name_ru", "recurrence", "rotate_host"]
    bulk.write(Series, names, rows)
    return bulk.new_ids(Series, before)


def _host_weights(all_units: list[int]) -> list[float]:
    from atnet.geo.models import AdministrativeUnit

    capital = AdministrativeUnit.objects.filter(code="MD-CU").values_list("pk", flat=True).first()
    return [10.0 if unit == capital else 1.0 for unit in all_units]


def meetings(rng: random.Random, count: int) -> int:
    series = _series(rng)
    hosts = units()
    host_weights = _host_weights(hosts)
    zone = ZoneInfo(settings.TIME_ZONE)

    def row(_number: int) -> tuple:
        when = day(rng)
        start = dt.datetime.combine(when, dt.time(rng.randint(9, 15)), zone)
        status = pick(rng, FUTURE if when >= CUT_OFF else PAST)
        reason = "" if status in (*FUTURE, MeetingStatus.HELD) else "motiv"
        return (
            rng.choice(series), start, start + dt.timedelta(hours=3),
            rng.choices(hosts, weights=host_weights)[0], status, reason, "Sala de ședințe",
        )  # fmt: skip

    names = ["series", "starts_at", "ends_at", "host_unit", "status", "status_reason", "venue"]
    return bulk.write(Meeting, names, (row(n) for n in range(count)))


def _sheet_sizes(rng: random.Random, meetings_: int, count: int, ceiling: int) -> list[int]:
    """Sizes of 10–90 lines (at most `ceiling`), scaled so they add up to `count`
    (or to as many as the meetings can hold, when that is fewer)."""
    count = min(count, meetings_ * ceiling)
    if not count:
        return [0] * meetings_
    raw = [rng.randint(10, 90) for _ in range(meetings_)]
    scale = count / sum(raw)
    sizes = [min(ceiling, max(1, round(size * scale))) for size in raw]
    # Rounding leaves a few lines over or under: take them from / give them to the sheets.
    difference, index = count - sum(sizes), 0
    while difference:
        step = 1 if difference > 0 else -1
        position = index % meetings_
        if 1 <= sizes[position] + step <= ceiling:
            sizes[position] += step
            difference -= step
        index += 1
    return sizes


def attendances(rng: random.Random, count: int) -> int:
    generated = Meeting.objects.filter(series__slug__startswith=SLUG, status=MeetingStatus.HELD)
    held = list(generated.order_by("pk").values_list("pk", flat=True))
    people = list(
        Person.objects.order_by("pk").values_list("pk", "full_name", "organisation", "gender")
    )
    orgs = list(Organisation.objects.order_by("pk").values_list("pk", flat=True))
    sizes = _sheet_sizes(rng, len(held), count, len(people))

    def rows():
        for meeting, size in zip(held, sizes, strict=True):
            for person, name, organisation, sex in rng.sample(people, size):
                status = pick(rng, PRESENCE)
                if rng.random() < WALK_INS:  # someone who came without being registered
                    sex = gender(rng)
                    yield (meeting, None, full_name(rng, sex), rng.choice(orgs), sex, status, True)
                else:
                    yield (meeting, person, name, organisation, sex, status, False)

    names = ["meeting", "person", "full_name", "organisation", "gender", "status", "is_walk_in"]
    return bulk.write(Attendance, names, rows())
