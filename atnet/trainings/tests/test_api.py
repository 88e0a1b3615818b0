import json

import pytest

from atnet.core.testing import queries_cold

from .factories import CourseFactory, EnrolmentFactory, SessionFactory

pytestmark = pytest.mark.django_db


def test_courses_come_in_the_requested_language(client):
    CourseFactory(title_ro="Curs", title_en="Course", title_ru="Курс")
    CourseFactory(is_public=False)
    data = client.get("/api/v1/trainings/courses?lang=ru").json()
    assert [item["title"] for item in data["items"]] == ["Курс"]


def test_sessions_never_carry_personal_data(client):
    enrolment = EnrolmentFactory(participant__full_name="Elena Munteanu")
    enrolment.session.trainers.create(full_name="Formator Exemplu")
    body = client.get("/api/v1/trainings/sessions?lang=ro").content.decode()
    data = json.loads(body)
    assert data["items"][0]["unit_code"] == "MD-CU"
    for secret in ("Elena Munteanu", "Formator Exemplu", enrolment.participant.email):
        assert secret not in body


def test_cancelled_sessions_are_not_listed(client):
    SessionFactory(status="cancelled")
    assert client.get("/api/v1/trainings/sessions").json()["count"] == 0


def test_the_sessions_endpoint_runs_a_constant_number_of_queries(client):
    def measure(count):
        SessionFactory.create_batch(count)
        return queries_cold(lambda: client.get("/api/v1/trainings/sessions"))

    assert measure(5) == measure(30)
