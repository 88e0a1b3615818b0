"""Courses, sessions over ten years, participants, enrolments and the days attended, in bulk.

`count` is the number of enrolments; sessions take about 25 each and a
participant is enrolled about three times over the years. An accepted
enrolment has the days attended (most people stay for every day) with one
trainings.Attendance row per day present, and six in ten have both test scores.
"""

import datetime as dt
import random
from decimal import Decimal

from atnet.core.text import searchable
from atnet.network.models import Domain, Gender, Organisation
from atnet.trainings.models import (
    Attendance,
    Audience,
    Course,
    Enrolment,
    EnrolmentStatus,
    Participant,
    Session,
    SessionStatus,
    name_key,
)

from . import bulk
from .common import day, full_name, pick, weights
from .meetings import CUT_OFF
from .network import units

COURSES = 40
PER_SESSION, PER_PARTICIPANT = 25, 3
PROFESSIONS = {
    Audience.POLICE: 0.3, Audience.PROSECUTORS: 0.12, Audience.JUDGES: 0.1,
    Audience.BORDER_POLICE: 0.06, Audience.LABOUR_INSPECTORS: 0.04,
    Audience.SOCIAL_WORKERS: 0.16, Audience.LOCAL_AUTHORITIES: 0.1, Audience.NGO_STAFF: 0.08,
    Audience.OTHER: 0.04,
}  # fmt: skip
GENDERS = {Gender.FEMALE: 0.55, Gender.MALE: 0.44, Gender.OTHER: 0.01}
DECISIONS = {
    EnrolmentStatus.ACCEPTED: 0.85, EnrolmentStatus.DECLINED: 0.05,
    EnrolmentStatus.WAITLISTED: 0.05, EnrolmentStatus.NOMINATED: 0.05,
}  # fmt: skip


def _courses(rng: random.Random) -> dict[int, int]:
    """The new courses' ids and their length in days."""
    before = bulk.last_id(Course)
    rows = []
    for n in range(COURSES):
        title = f"Curs de instruire {n}"
        rows.append(
            (
                f"bench-course-{n}",
                title,
                f"Training course {n}",
                f"Учебный курс {n}",
                rng.sample(Domain.values, rng.randint(1, 2)),
                rng.sample(list(PROFESSIONS), rng.randint(1, 3)),
                rng.randint(1, 3),
                searchable(title),
            )  # fmt: skip
        )
    names = ["slug", "title_ro", "title_en", "title_ru", "domains", "audiences", "duration_days",
             "search_folded"]  # fmt: skip
    bulk.write(Course, names, rows)
    return dict(bulk.new_ids(Course, before, "duration_days"))


def _sessions(rng: random.Random, count: int, courses: dict[int, int]) -> list[tuple]:
    """(id, first day, days) of each new session."""
    before = bulk.last_id(Session)
    places = units()
    rows = []
    for n in range(count):
        course = rng.choice(list(courses))
        first = day(rng)
        last = first + dt.timedelta(days=courses[course] - 1)
        if first >= CUT_OFF:
            status = SessionStatus.PLANNED
        else:
            status = SessionStatus.CANCELLED if rng.random() < 0.03 else SessionStatus.COMPLETED
        rows.append((course, f"bench-{n}", first, last, rng.choice(places), status))
    names = ["course", "code", "start_date", "end_date", "unit", "status"]
    bulk.write(Session, names, rows)
    return [
        (pk, first, (last - first).days + 1)
        for pk, first, last in bulk.new_ids(Session, before, "start_date", "end_date")
    ]


def _participants(rng: random.Random, count: int) -> list[int]:
    orgs = list(Organisation.objects.order_by("pk").values_list("pk", flat=True))
    cumulative = weights(len(orgs))
    before = bulk.last_id(Participant)
    taken = set(Participant.objects.values_list("name_key", "organisation"))
    rows = []
    for n in range(count):
        sex = pick(rng, GENDERS)
        organisation = rng.choices(orgs, cum_weights=cumulative)[0]
        name = full_name(rng, sex)
        if (name_key(name), organisation) in taken:  # one record per person and institution
            name = f"{name}-{n}"
        taken.add((name_key(name), organisation))
        rows.append((name, name_key(name), organisation, sex, pick(rng, PROFESSIONS)))
    bulk.write(Participant, ["full_name", "name_key", "organisation", "gender", "profession"], rows)
    return bulk.new_ids(Participant, before)


def _score(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 2, high * 2)) / 2


def enrolments(rng: random.Random, count: int) -> int:
    courses = _courses(rng)
    sessions = _sessions(rng, max(1, count // PER_SESSION), courses)
    participants = _participants(rng, max(PER_SESSION, count // PER_PARTICIPANT))
    plan, rows = [], []
    share, extra = divmod(count, len(sessions))
    for number, (session, first, days) in enumerate(sessions):
        size = min(len(participants), share + (number < extra))
        for participant in rng.sample(participants, size):
            status = pick(rng, DECISIONS)
            attended = 0
            if status == EnrolmentStatus.ACCEPTED:
                attended = days if rng.random() < 0.8 else rng.randint(0, days)
            pre = post = None
            if attended and rng.random() < 0.6:
                pre = _score(rng, 30, 75)
                post = min(Decimal(100), pre + _score(rng, -5, 35))
            rows.append((session, participant, status, pre, post, attended, attended == days))
            plan.append((first, attended))
    before = bulk.last_id(Enrolment)
    names = ["session", "participant", "status", "pre_score", "post_score", "days_attended",
             "completed"]  # fmt: skip
    made = bulk.write(Enrolment, names, rows)
    days_present = (
        (enrolment, first + dt.timedelta(days=offset))
        for enrolment, (first, attended) in zip(bulk.new_ids(Enrolment, before), plan, strict=True)
        for offset in range(attended)
    )
    bulk.write(Attendance, ["enrolment", "day"], days_present)
    return made
