import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from atnet.trainings.importing import ImportFileError, check_rows, read_rows
from atnet.trainings.models import Enrolment, Participant

from .factories import OrganisationFactory, SessionFactory

pytestmark = pytest.mark.django_db

GOOD = (
    "Nume,Instituție,Gen,Profesie,Raion,Email\n"
    "Ana Rusu,IGP,femeie,Ofițeri de poliție,Chișinău,ana@example.org\n"
    "Petru Ceban,IGP,M,police,MD-CA,\n"
)
BAD = (
    "Name,Institution,Gender,Profession,Unit,Email\n"
    "Ana Rusu,IGP,female,police,Chisinau,ana@example.org\n"
    "Ion,Nowhere Agency,female,police,,\n"
    "Dan Roșca,IGP,unknown,astronaut,Atlantis,not-an-email\n"
)


@pytest.fixture
def igp(db):
    return OrganisationFactory(name_ro="Inspectoratul General al Poliției", acronym="IGP")


def _upload(client, text, name="list.csv", **data):
    upload = SimpleUploadedFile(name, text.encode() if isinstance(text, str) else text)
    return client.post("/en/workspace/trainings/import/", {"file": upload, **data})


def test_an_import_with_bad_rows_saves_nothing_and_names_each_problem(coordinator_client, igp):
    response = _upload(coordinator_client, BAD)
    assert response.status_code == 200
    rows = response.context["rows"]
    assert rows[0].errors == []
    assert any("incomplete" in error for error in rows[1].errors)
    assert any("Nowhere Agency" in error for error in rows[1].errors)
    problems = " ".join(rows[2].errors)
    for value in ("unknown", "astronaut", "Atlantis", "not-an-email"):
        assert value in problems
    confirm = coordinator_client.post(reverse("trainings:import_confirm"))
    assert confirm.status_code == 200
    assert Participant.objects.count() == 0


def test_problems_are_explained_in_the_coordinators_language(coordinator_client, igp):
    upload = SimpleUploadedFile("list.csv", BAD.encode())
    response = coordinator_client.post("/ru/workspace/trainings/import/", {"file": upload})
    assert "не распознан" in " ".join(response.context["rows"][2].errors)


def test_nothing_is_saved_until_confirmed(coordinator_client, igp):
    response = _upload(coordinator_client, GOOD)
    assert response.context["new"] == 2
    assert Participant.objects.count() == 0
    coordinator_client.post(reverse("trainings:import_confirm"))
    assert Participant.objects.count() == 2
    ana = Participant.objects.get(full_name="Ana Rusu")
    assert (ana.gender, ana.profession, ana.unit.code) == ("female", "police", "MD-CU")


def test_the_same_import_twice_adds_nothing(coordinator_client, igp):
    session = SessionFactory()
    for _round in range(2):
        _upload(coordinator_client, GOOD, session=session.pk)
        coordinator_client.post(reverse("trainings:import_confirm"))
    assert Participant.objects.count() == 2
    assert Enrolment.objects.filter(session=session).count() == 2
    response = _upload(coordinator_client, GOOD)
    assert response.context["known"] == 2 and response.context["new"] == 0


def test_an_xlsx_file_is_read_like_a_csv(igp):
    book = Workbook()
    for line in GOOD.splitlines():
        book.active.append(line.split(","))
    buffer = io.BytesIO()
    book.save(buffer)
    rows = check_rows(read_rows(content=buffer.getvalue(), filename="list.xlsx"))
    assert [row.errors for row in rows] == [[], []]


def test_a_repeated_person_in_the_file_is_a_problem(igp):
    text = GOOD + "ana RUSU,igp,F,police,,\n"
    rows = check_rows(read_rows(content=text.encode(), filename="a.csv"))
    assert rows[2].errors


@pytest.mark.parametrize(
    ("content", "name"),
    [(b"", "a.csv"), (b"x", "a.pdf"), (b"\xff\xfe\x00bad", "a.csv"), (b"not a zip", "a.xlsx")],
)
def test_an_unreadable_file_is_refused_with_a_message(db, content, name):
    with pytest.raises(ImportFileError):
        read_rows(content=content, filename=name)


def test_a_damaged_upload_shows_the_form_again(coordinator_client, igp):
    response = _upload(coordinator_client, b"not a zip", name="list.xlsx")
    assert response.status_code == 200 and response.context["form"].errors


def test_only_coordinators_import(client, igp):
    from .factories import focal_point

    client.force_login(focal_point(igp))
    assert client.get(reverse("trainings:import")).status_code == 404
