"""Every workspace view, walked by every persona; refused writes change nothing."""

import pytest
from django.urls import reverse

from atnet.core.models import AuditLogEntry
from atnet.network.models import Activity, Organisation, Person

from .factories import UserFactory

ANON, MEMBER_A, FOCAL_A, FOCAL_B, COORD = (
    "anonymous", "member_a", "focal_a", "focal_b", "coordinator",
)  # fmt: skip
ALL_MEMBERS = {MEMBER_A: 200, FOCAL_A: 200, FOCAL_B: 200, COORD: 200}
EDITORS_OF_A = {MEMBER_A: 404, FOCAL_A: 200, FOCAL_B: 404, COORD: 200}
COORDINATORS = {MEMBER_A: 404, FOCAL_A: 404, FOCAL_B: 404, COORD: 200}

# view name, URL arguments (from the objects of A), expected status per signed-in persona
VIEWS = [
    ("network:workspace", [], ALL_MEMBERS),
    ("network:activity_list", [], ALL_MEMBERS),
    ("network:activity_detail", ["activity"], ALL_MEMBERS),
    ("network:activity_create", [], {**ALL_MEMBERS, MEMBER_A: 404}),
    ("network:activity_edit", ["activity"], EDITORS_OF_A),
    ("network:activity_delete", ["activity"], EDITORS_OF_A),
    ("network:activity_export", ["csv"], COORDINATORS),
    ("network:region", ["MD-CA"], ALL_MEMBERS),
    ("network:organisation_list", [], ALL_MEMBERS),
    ("network:organisation_detail", ["organisation"], ALL_MEMBERS),
    ("network:organisation_edit", ["organisation"], EDITORS_OF_A),
    # A plain member sees no lists of people, not even her own organisation's.
    ("network:people", ["organisation"], EDITORS_OF_A),
    ("network:person_create", ["organisation"], EDITORS_OF_A),
    ("network:person_edit", ["organisation", "person"], EDITORS_OF_A),
    ("accounts:invitation_new", [], COORDINATORS),
]


@pytest.fixture
def objects(org_a, activity_a, person_a):
    return {"organisation": org_a.pk, "activity": activity_a.pk, "person": person_a.pk}


def _url(name, args, objects):
    return reverse(name, args=[objects.get(arg, arg) for arg in args])


def _client_as(client, personas, persona):
    if personas[persona] is not None:
        client.force_login(personas[persona])
    return client


@pytest.mark.parametrize(("name", "args", "expected"), VIEWS, ids=[v[0] for v in VIEWS])
@pytest.mark.parametrize("persona", [ANON, MEMBER_A, FOCAL_A, FOCAL_B, COORD])
def test_each_persona_gets_what_its_role_allows(
    client, personas, objects, name, args, expected, persona
):
    url = _url(name, args, objects)
    response = _client_as(client, personas, persona).get(url)
    if persona == ANON:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login") + "?next=")
    else:
        assert response.status_code == expected[persona]


def _snapshot(org_a, activity_a, person_a):
    return (
        Organisation.objects.filter(pk=org_a.pk).values().get(),
        Activity.objects.filter(pk=activity_a.pk).values().get(),
        Person.objects.filter(pk=person_a.pk).values().get(),
        Activity.objects.count(),
        Person.objects.count(),
        AuditLogEntry.objects.count(),
    )


WRITES = [
    ("network:activity_edit", ["activity"], {"title_ro": "Schimbat", "start_date": "2026-01-01"}),
    ("network:activity_delete", ["activity"], {}),
    ("network:organisation_edit", ["organisation"], {"name_ro": "Schimbat", "type": "ngo"}),
    ("network:person_create", ["organisation"], {"full_name": "Intrus"}),
    ("network:person_edit", ["organisation", "person"], {"full_name": "Schimbat"}),
    ("network:activity_create", [], {"title_ro": "Nou", "start_date": "2026-01-01"}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "args", "data"), WRITES, ids=[w[0] for w in WRITES])
@pytest.mark.parametrize("persona", [ANON, MEMBER_A, FOCAL_B])
def test_a_refused_post_changes_nothing(
    client, personas, objects, org_a, activity_a, person_a, name, args, data, persona
):
    before = _snapshot(org_a, activity_a, person_a)
    if name == "network:activity_create":
        data = {**data, "organisation": org_a.pk, "status": "planned"}
    response = _client_as(client, personas, persona).post(_url(name, args, objects), data)
    assert response.status_code in (200, 302, 404)
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("accounts:login"))
    assert _snapshot(org_a, activity_a, person_a) == before


def test_another_organisations_activity_id_answers_404_to_a_focal_point(client, focal_b, objects):
    client.force_login(focal_b)
    assert client.get(_url("network:activity_edit", ["activity"], objects)).status_code == 404
    missing = reverse("network:activity_edit", args=[999_999])
    assert client.get(missing).status_code == 404


def test_a_signed_in_account_without_organisation_is_refused(client, db):
    client.force_login(UserFactory(username="nobody"))
    assert client.get(reverse("network:workspace")).status_code == 403


def test_a_focal_point_of_b_cannot_post_an_activity_for_a(client, focal_b, org_a):
    client.force_login(focal_b)
    data = {"organisation": org_a.pk, "title_ro": "X", "start_date": "2026-01-01"}
    response = client.post(reverse("network:activity_create"), {**data, "status": "planned"})
    assert response.status_code == 200
    assert "organisation" in response.context["form"].errors
    assert not Activity.objects.filter(title_ro="X").exists()
