import datetime as dt

import pytest

from atnet.trainings import services
from atnet.trainings.figures import trained_figures

from .factories import EnrolmentFactory, ParticipantFactory, SessionFactory

pytestmark = pytest.mark.django_db


def test_people_trained_are_counted_from_attendance_records(coordinator):
    woman = ParticipantFactory(gender="female", profession="judges")
    man = ParticipantFactory(gender="male", profession="police")
    first = SessionFactory()
    later = SessionFactory(start_date=dt.date(2026, 3, 10), end_date=dt.date(2026, 3, 10))
    for session, participant, day in (
        (first, woman, dt.date(2025, 3, 10)),
        (later, woman, dt.date(2026, 3, 10)),
        (first, man, dt.date(2025, 3, 11)),
    ):
        enrolment = EnrolmentFactory(session=session, participant=participant)
        services.attendance_set(actor=coordinator, enrolment=enrolment, days={day})
    EnrolmentFactory(session=first, status="declined")  # never attended: not counted

    figures = trained_figures()
    assert figures["totals"] == {"persons": 2, "attendances": 3}
    by_gender = {row["key"]: (row["persons"], row["attendances"]) for row in figures["gender"]}
    assert by_gender == {"female": (1, 2), "male": (1, 1)}
    assert {row["key"]: row["persons"] for row in figures["year"]} == {2025: 2, 2026: 1}
    assert figures["unit"][0]["label"] == "Chișinău"
    assert trained_figures(year=2026)["totals"] == {"persons": 1, "attendances": 1}


def test_the_figures_page_is_for_coordinators(client, coordinator):
    assert client.get("/en/workspace/trainings/figures/").status_code == 302
    client.force_login(coordinator)
    assert client.get("/en/workspace/trainings/figures/?year=abc").status_code == 200
