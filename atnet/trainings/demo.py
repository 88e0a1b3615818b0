"""Demo trainings: 8 courses, 20 sessions in 12 units, 400 participants with attendance,
scores and certificates. Idempotent: every record is found by a natural key (slug,
session code, name + institution) and an existing one is never changed.
"""

import datetime as dt
import random
from decimal import Decimal

from django.utils import timezone

from atnet.geo.models import AdministrativeUnit
from atnet.meetings.planning import next_working_day
from atnet.network.models import Level, Organisation
from atnet.portal.services import page_translation_save, site_ensure

from . import demo_content as content
from .models import (
    Attendance,
    Certificate,
    Course,
    Enrolment,
    EnrolmentStatus,
    Participant,
    Session,
    SessionStatus,
    Trainer,
    TrainingIndexPage,
    certificate_code,
    name_key,
)
from .services import is_complete, session_announce

PARTICIPANTS = 400
SESSIONS = 20
PAST_SESSIONS = 17
# Sessions that began this many days ago or later are announced as public events.
ANNOUNCED_DAYS = 120
# Sessions held in Găgăuzia are delivered in Russian, the language used there.
RUSSIAN_UNITS = {"MD-GA"}
INDEX_TITLES = {"ro": "Instruiri", "en": "Trainings", "ru": "Обучение"}
INDEX_INTROS = {
    "ro": "Cursuri pentru judecători, procurori, polițiști și alți specialiști din toată țara.",
    "en": "Courses for judges, prosecutors, police officers and other professionals "
    "across the country.",
    "ru": "Курсы для судей, прокуроров, полицейских и других специалистов по всей стране.",
}


def demo_load() -> dict[str, int]:
    rng = random.Random(5)  # the same demo on every machine
    _index_page()
    organisations = _organisations()
    courses = [_course(data) for data in content.COURSES]
    sessions = _sessions(courses, _trainers(organisations), _funders())
    participants = _participants(organisations, rng)
    enrolments = _enrolments(sessions, participants, rng)
    _announce(sessions)
    return {
        "courses": len(courses),
        "sessions": len(sessions),
        "participants": len(participants),
        "new enrolments": enrolments,
    }


def _index_page() -> None:
    home = site_ensure()
    if TrainingIndexPage.objects.child_of(home).filter(slug="trainings").exists():
        return
    page = TrainingIndexPage(
        title=INDEX_TITLES["ro"], slug="trainings", intro=INDEX_INTROS["ro"], show_in_menus=True
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    for language in ("en", "ru"):
        fields = {"title": INDEX_TITLES[language], "intro": INDEX_INTROS[language]}
        page_translation_save(page=page, language=language, fields=fields)


def _organisations() -> list[Organisation]:
    """The network's organisations of each type if it has them, else our example ones."""
    found = []
    for slug, kind, acronym, name_ro, name_en, name_ru in content.ORGANISATIONS:
        existing = (
            Organisation.objects.filter(slug=slug).first()
            or Organisation.objects.filter(type=kind).exclude(pk__in=[o.pk for o in found]).first()
        )
        found.append(
            existing
            or Organisation.objects.create(
                slug=slug,
                type=kind,
                acronym=acronym,
                level=Level.NATIONAL,
                name_ro=name_ro,
                name_en=name_en,
                name_ru=name_ru,
                is_public=True,
            )  # fmt: skip
        )
    return found


def _course(data: dict) -> Course:
    course = Course.objects.filter(slug=data["slug"]).first()
    if course is not None:
        return course
    return Course.objects.create(
        slug=data["slug"],
        title_ro=data["ro"][0], description_ro=data["ro"][1],
        title_en=data["en"][0], description_en=data["en"][1],
        title_ru=data["ru"][0], description_ru=data["ru"][1],
        audiences=data["audiences"], domains=data["domains"],
        duration_days=data["days"], duration_hours=data["days"] * 7,
        completion_rule=data["rule"],
    )  # fmt: skip


def _trainers(organisations) -> list[Trainer]:
    names = [("Formator intern A", False), ("Expert extern B", True)]
    for name, _external in names:  # earlier demos marked them "(exemplu)": rename, not add
        Trainer.objects.filter(full_name=f"{name} (exemplu)").update(full_name=name)
    return [
        Trainer.objects.get_or_create(
            full_name=name, defaults={"is_external": external, "organisation": organisations[0]}
        )[0]
        for name, external in names
    ]


def _funders() -> list[Organisation]:
    """The international organisations of the demo directory that fund trainings, if loaded."""
    found = Organisation.objects.in_bulk(content.FUNDERS, field_name="slug")
    return [found[slug] for slug in content.FUNDERS if slug in found]


def _funding(number: int, days: int, funders: list[Organisation]) -> dict:
    """A funder for most sessions; a cost once it is held (planned ones have none yet)."""
    if not funders or number % 5 == 4:
        return {}
    funder = funders[number % len(funders)]
    if number >= PAST_SESSIONS:
        return {"funded_by": funder}
    currency, per_day = content.SESSION_COSTS[number % len(content.SESSION_COSTS)]
    amount = Decimal(per_day) * days + Decimal(35 * (number % 7))
    return {"funded_by": funder, "cost_amount": amount, "cost_currency": currency}


def _sessions(courses, trainers, funders) -> list[Session]:
    units = {unit.code: unit for unit in AdministrativeUnit.objects.all()}
    today = timezone.localdate()
    existing = {
        session.code: session
        for session in Session.objects.filter(code__startswith="demo-").select_related("course")
    }
    sessions = []
    for number in range(SESSIONS):
        code = f"demo-{number + 1:02d}"
        if code in existing:
            sessions.append(existing[code])
            continue
        course = courses[number % len(courses)]
        offset = number - PAST_SESSIONS
        start = today + dt.timedelta(days=35 * (offset + 1 if offset >= 0 else offset))
        # Trainings start on a Monday, or the next working day after a holiday.
        start = next_working_day(start - dt.timedelta(days=start.weekday()))
        unit = units[content.SESSION_UNITS[number % 12]]
        language = "ru" if unit.code in RUSSIAN_UNITS else course.language
        session = Session.objects.create(
            course=course, code=code, start_date=start,
            end_date=start + dt.timedelta(days=course.duration_days - 1),
            venue=content.VENUES["ro"], unit=unit, capacity=40, language=language,
            status=SessionStatus.COMPLETED if number < PAST_SESSIONS else SessionStatus.NOMINATIONS,
            **_funding(number, course.duration_days, funders),
        )  # fmt: skip
        session.trainers.set(trainers[: 1 + number % 2])
        sessions.append(session)
    return sessions


def _announce(sessions) -> None:
    """Recent and coming sessions on the public agenda, through the one announcing service,
    so each public event has its session's dates."""
    from atnet.portal.models import EventIndexPage

    if not EventIndexPage.objects.exists():
        return  # the portal's demo makes the events page
    since = timezone.localdate() - dt.timedelta(days=ANNOUNCED_DAYS)
    for session in sessions:
        if session.start_date >= since and session.event_page_id is None:
            session_announce(actor=None, session=session)


def _people(rng) -> list[tuple[str, str]]:
    """400 distinct invented (name, gender) pairs, about 55% women."""
    pool = [
        (f"{first} {last}", gender)
        for gender, firsts in content.FIRST_NAMES.items()
        for first in firsts
        for last in content.LAST_NAMES
    ]
    rng.shuffle(pool)
    return pool[:PARTICIPANTS]


def _participants(organisations, rng) -> list[Participant]:
    units = list(AdministrativeUnit.objects.filter(code__in=content.SESSION_UNITS))
    wanted = []
    for number, (full_name, gender) in enumerate(_people(rng)):
        organisation = organisations[number % len(organisations)]
        profession = content.PROFESSION_BY_TYPE.get(organisation.type, "other")
        if organisation.acronym == "IGPF":
            profession = "border_police"
        wanted.append(
            Participant(
                full_name=full_name,
                name_key=name_key(full_name),
                organisation=organisation,
                gender=gender,
                profession=profession,
                unit=units[number % len(units)],
                email=f"participant{number + 1}@example.org",
                language=("ro", "ro", "ru", "en")[number % 4],
            )  # fmt: skip
        )
    keys = {(p.name_key, p.organisation_id) for p in wanted}
    known = {
        (p.name_key, p.organisation_id): p
        for p in Participant.objects.filter(organisation__in=organisations)
        if (p.name_key, p.organisation_id) in keys
    }
    Participant.objects.bulk_create(
        [p for p in wanted if (p.name_key, p.organisation_id) not in known]
    )
    return list(
        Participant.objects.filter(
            organisation__in=organisations, name_key__in=[p.name_key for p in wanted]
        ).order_by("pk")
    )


def _plan(sessions, participants) -> list[tuple[Session, Participant, str]]:
    """Each person attends one past session; every fourth a second; a few are nominated."""
    past, future = sessions[:PAST_SESSIONS], sessions[PAST_SESSIONS:]
    plan = []
    for number, participant in enumerate(participants):
        plan.append((past[number % len(past)], participant, EnrolmentStatus.ACCEPTED))
        if number % 4 == 0:
            plan.append((past[(number + 5) % len(past)], participant, EnrolmentStatus.ACCEPTED))
        if number % 40 == 0:
            plan.append((future[number % len(future)], participant, EnrolmentStatus.NOMINATED))
    return plan


def _enrolments(sessions, participants, rng) -> int:
    known = set(
        Enrolment.objects.filter(session__in=sessions).values_list("session_id", "participant_id")
    )
    new = []
    for session, participant, status in _plan(sessions, participants):
        if (session.pk, participant.pk) in known:
            continue
        known.add((session.pk, participant.pk))
        new.append(_enrolment(session, participant, status, rng))
    Enrolment.objects.bulk_create(new)
    _attendance_and_certificates(new, rng)
    return len(new)


def _enrolment(session, participant, status, rng) -> Enrolment:
    enrolment = Enrolment(session=session, participant=participant, status=status)
    if status == EnrolmentStatus.ACCEPTED:
        total = len(session.days)
        enrolment.days_attended = total if rng.random() < 0.85 else rng.randint(1, total)
        enrolment.pre_score = Decimal(rng.randint(25, 65))
        enrolment.post_score = min(Decimal(100), enrolment.pre_score + rng.randint(5, 40))
        enrolment.completed = is_complete(
            enrolment=enrolment, days_attended=enrolment.days_attended
        )
    return enrolment


def _attendance_and_certificates(enrolments, rng) -> None:
    attendance, certificates = [], []
    for enrolment in enrolments:
        days = enrolment.session.days[: enrolment.days_attended]
        attendance += [Attendance(enrolment=enrolment, day=day) for day in days]
        if enrolment.completed:
            certificates.append(
                Certificate(
                    enrolment=enrolment,
                    code=certificate_code(),
                    language=enrolment.participant.language,
                    issued_on=enrolment.session.end_date,
                )
            )
    Attendance.objects.bulk_create(attendance)
    Certificate.objects.bulk_create(certificates)
