"""One small, known set of records; each test counts its figure by hand from it.

2025 (the year under test), plus records in 2024 that must never be counted:
- meetings held: m1, m2 in Chișinău (MD-CU), m3 in Cahul (MD-CA); one cancelled
  in MD-CU; one held in 2024 in Bălți (MD-BA).
- attendance (present): m1 ana (police, F), bogdan (NGO, M), a walk-in (NGO, gender
  not stated); cristina (NGO, F) absent. m2 ana, cristina. m3 bogdan, a walk-in (NGO, F).
- trainings: course A (trafficking prevention) in MD-CU in March, course B (gender
  equality) in Bălți (MD-BA, north) in June; P1..P4 police (P1, P2, P3 women, P4 a man)
  and P5, P6 prosecutors (men). A: P1-P4 (P1 40→70, P2 50→60), P5 declined.
  B: P1, P5; P6 accepted but never came (0 days).
"""

import datetime as dt

import pytest

from . import factories as f

YEAR = 2025


@pytest.fixture
def records(db):
    police = f.organisation("politia", "police")
    ngo = f.organisation("ong", "ngo")
    prosecution = f.organisation("procuratura", "prosecution")
    national = f.series()
    m1 = f.meeting(national, dt.date(YEAR, 2, 13), "MD-CU")
    m2 = f.meeting(national, dt.date(YEAR, 3, 13), "MD-CU")
    m3 = f.meeting(national, dt.date(YEAR, 5, 21), "MD-CA")
    cancelled = f.meeting(national, dt.date(YEAR, 4, 10), "MD-CU", status="cancelled")
    old = f.meeting(national, dt.date(YEAR - 1, 6, 12), "MD-BA")
    ana = f.person(police, "female", "Ana Rusu")
    bogdan = f.person(ngo, "male", "Bogdan Ciobanu")
    cristina = f.person(ngo, "female", "Cristina Lungu")
    f.attend(m1, person_=ana, gender="female")
    f.attend(m1, person_=bogdan, gender="male")
    f.attend(m1, org=ngo, gender="", name="Vizitator Unu")
    f.attend(m1, person_=cristina, gender="female", status="absent")
    f.attend(m2, person_=ana, gender="female")
    f.attend(m2, person_=cristina, gender="female")
    f.attend(m3, person_=bogdan, gender="male")
    f.attend(m3, org=ngo, gender="female", name="Vizitatoare Doi")
    f.attend(cancelled, person_=ana, gender="female")
    f.attend(old, person_=ana, gender="female")

    course_a = f.course("a", ["trafficking_prevention"])
    course_b = f.course("b", ["gender_equality_dv"])
    s_a = f.session(course_a, dt.date(YEAR, 3, 10), "MD-CU")
    s_b = f.session(course_b, dt.date(YEAR, 6, 2), "MD-BA")
    s_old = f.session(course_a, dt.date(YEAR - 1, 9, 1), "MD-CU")
    people = [
        f.participant(police, "Participanta Unu", "female", "police"),
        f.participant(police, "Participanta Doi", "female", "police"),
        f.participant(police, "Participanta Trei", "female", "police"),
        f.participant(police, "Participantul Patru", "male", "police"),
        f.participant(prosecution, "Procurorul Cinci", "male", "prosecutors"),
        f.participant(prosecution, "Procurorul Șase", "male", "prosecutors"),
    ]
    p1, p2, p3, p4, p5, p6 = people
    f.enrol(s_a, p1, pre=40, post=70)
    f.enrol(s_a, p2, pre=50, post=60)
    f.enrol(s_a, p3)
    f.enrol(s_a, p4)
    f.enrol(s_a, p5, status="declined", days=0)
    f.enrol(s_b, p1)
    f.enrol(s_b, p5)
    f.enrol(s_b, p6, days=0)
    f.enrol(s_old, p6)

    f.equipment(police, "MD-CU", quantity=5, day=dt.date(YEAR, 4, 1))
    f.equipment(police, "MD-BA", quantity=3, day=dt.date(YEAR, 7, 1))
    f.equipment(police, "MD-BA", quantity=9, day=dt.date(YEAR, 8, 1), status="planned")
    guide = f.material("ghid", ["gender_equality_dv"])
    f.distribute(guide, police, copies=10, day=dt.date(YEAR, 5, 1))
    f.distribute(guide, ngo, copies=20, day=dt.date(YEAR, 6, 1))
    f.distribute(guide, ngo, copies=7, day=dt.date(YEAR - 1, 6, 1))

    f.activity(police, ["MD-CU", "MD-CA"], dt.date(YEAR, 1, 15))
    f.activity(ngo, ["MD-CU"], dt.date(YEAR, 2, 1))
    f.activity(ngo, ["MD-OR"], dt.date(YEAR - 3, 2, 1)).__class__.objects.filter(
        start_date=dt.date(YEAR - 3, 2, 1)
    ).update(end_date=dt.date(YEAR - 3, 12, 31))
    return {"meetings": [m1, m2, m3], "people": people, "orgs": (police, ngo, prosecution)}


@pytest.fixture
def pages(records, home):
    """Two projects (one translated into English, still one project) and three acts."""
    index = f.project_index(home)
    start = dt.date(YEAR, 1, 1)
    f.project(
        index,
        "pa",
        domains=["trafficking_prevention", "gender_equality_dv"],
        budget="1000",
        currency="EUR",
        status="implementation",
        codes=["MD-CU"],
        start=start,
        translate=True,
    )
    f.project(index, "pb", domains=["trafficking_prevention"], budget="500", currency="USD",
              status="pipeline", codes=["MD-BA"], start=start)  # fmt: skip
    acts = f.legislation_index(home)
    f.act(acts, "lege", status="adopted", year=YEAR)
    f.act(acts, "proiect", status="draft", year=YEAR)
    f.act(acts, "veche", status="adopted", year=2010)
    return records
