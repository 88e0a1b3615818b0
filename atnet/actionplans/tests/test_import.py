"""The import: a preview of what is created and changed; a second import changes nothing."""

import csv
import io

import pytest
from django.urls import reverse

from atnet.network.tests.factories import OrganisationFactory

from ..importing import check_rows, read_rows, rows_save
from ..models import Measure
from .factories import PlanFactory, coordinator

pytestmark = pytest.mark.django_db

HEADINGS = ["Obiectiv", "Nr.", "Acțiuni", "Responsabili", "Parteneri", "Indicatori", "Termen"]


def _csv(rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADINGS)
    writer.writerows(rows)
    return buffer.getvalue().encode()


@pytest.fixture
def setup():
    OrganisationFactory(name_ro="Ministerul Afacerilor Interne", acronym="MAI")
    OrganisationFactory(name_ro="Procuratura Generală")
    return PlanFactory(), coordinator()


ROWS = [
    [
        "1. Prevenire",
        "1.1",
        "Campanii de informare",
        "MAI",
        "",
        "elevi informați: 100",
        "31.12.2026",
    ],
    ["1. Prevenire", "1.2", "Instruirea polițiștilor", "MAI; Procuratura Generală", "", "", "2027"],
]


def _preview(client, plan, content):
    upload = io.BytesIO(content)
    upload.name = "plan.csv"
    return client.post(reverse("actionplans:import"), {"plan": plan.pk, "file": upload})


def test_the_preview_lists_creates_and_changes_and_a_second_import_changes_nothing(client, setup):
    plan, boss = setup
    client.force_login(boss)
    page = _preview(client, plan, _csv(ROWS)).content.decode()
    assert "New measures: 2. Changed: 0. Unchanged: 0." in page
    assert not Measure.objects.exists()  # nothing saved before confirmation
    client.post(reverse("actionplans:import_confirm"))
    assert Measure.objects.count() == 2
    assert Measure.objects.get(number="1.2").responsible.count() == 2
    changed = [ROWS[0], [*ROWS[1][:2], "Instruirea polițiștilor de frontieră", *ROWS[1][3:]]]
    page = _preview(client, plan, _csv(changed)).content.decode()
    assert "New measures: 0. Changed: 1. Unchanged: 1." in page
    assert "changes: text" in page
    client.post(reverse("actionplans:import_confirm"))
    again = check_rows(read_rows(content=_csv(changed), filename="p.csv"), plan=plan)
    assert [row.action for row in again] == ["same", "same"]
    before = list(Measure.objects.values_list("pk", "text_ro", "deadline", "order"))
    assert rows_save(actor=boss, plan=plan, rows=again) == {"create": 0, "change": 0, "same": 2}
    assert list(Measure.objects.values_list("pk", "text_ro", "deadline", "order")) == before


def test_unknown_institutions_and_bad_dates_are_reported_per_row(client, setup):
    plan, boss = setup
    client.force_login(boss)
    rows = [["1. Prevenire", "1.1", "Campanii", "Ministerul Inexistent", "", "", "mâine"]]
    page = _preview(client, plan, _csv(rows)).content.decode()
    assert "Ministerul Inexistent" in page and "is not in the network directory" in page
    assert "is not a date" in page
    assert "Confirm the import" not in page


def test_a_file_without_the_columns_is_refused_with_a_message(client, setup):
    plan, boss = setup
    client.force_login(boss)
    response = _preview(client, plan, b"a,b\n1,2\n")
    assert response.status_code == 400
    assert "The first row must name the columns" in response.content.decode()


def test_a_focal_point_cannot_import(client, setup):
    from .factories import focal_point

    plan, _boss = setup
    client.force_login(focal_point(OrganisationFactory(), "fp"))
    assert client.get(reverse("actionplans:import")).status_code == 404
