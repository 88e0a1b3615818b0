"""The public API: public organisations and activities, with filters, and no personal data."""

import pytest

from .factories import ActivityFactory, OrganisationFactory, PersonFactory


@pytest.fixture
def published(org_a, org_b, cahul):
    hidden = OrganisationFactory(slug="hidden", is_public=False)
    ActivityFactory(organisation=org_a, title_ro="Atelier", title_ru="Семинар", regions=[cahul])
    ActivityFactory(organisation=org_b, title_ro="Intern", is_public=False)
    ActivityFactory(organisation=hidden, title_ro="Ascuns")
    PersonFactory(organisation=org_a, full_name="Ana Rusu", email="ana.rusu@example.org")


def test_organisations_are_public_only_and_carry_no_personal_data(client, published):
    body = client.get("/api/v1/network/organisations").json()
    assert sorted(item["slug"] for item in body["items"]) == ["a", "b"]
    text = str(body)
    assert "Ana Rusu" not in text and "ana.rusu" not in text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("unit=MD-CA", ["a"]),
        ("region=centre", []),
        ("q=speranta", ["a"]),
        ("type=ngo", ["a", "b"]),
        ("domain=migration_policy", []),
    ],
)
def test_organisations_filter(client, published, query, expected):
    body = client.get(f"/api/v1/network/organisations?{query}").json()
    assert sorted(item["slug"] for item in body["items"]) == expected


def test_activities_are_public_and_named_in_the_requested_language(client, published):
    body = client.get("/api/v1/network/activities?lang=ru&unit=MD-CA").json()
    assert [item["title"] for item in body["items"]] == ["Семинар"]
    assert body["items"][0]["regions"][0]["name"] == "Кагул"
    everything = client.get("/api/v1/network/activities").json()
    assert [item["title"] for item in everything["items"]] == ["Atelier"]


def test_a_members_only_organisation_is_404_and_a_bad_filter_is_422(client, published):
    from atnet.network.models import Organisation

    hidden = Organisation.objects.get(slug="hidden")
    assert client.get(f"/api/v1/network/organisations/{hidden.pk}").status_code == 404
    assert client.get("/api/v1/network/activities?status=lost").status_code == 422
    assert client.get(f"/api/v1/network/activities?organisation={hidden.pk}").json()["count"] == 0


def test_the_endpoints_are_in_the_openapi_description(client, db):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/network/organisations" in paths and "/api/v1/network/activities" in paths


@pytest.mark.parametrize("url", ["/api/v1/network/organisations", "/api/v1/network/activities"])
def test_api_lists_run_a_constant_number_of_queries(client, cahul, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def add(count):
        partner = OrganisationFactory()
        for _ in range(count):
            organisation = OrganisationFactory(regions=[cahul])
            ActivityFactory(organisation=organisation, regions=[cahul], partners=[partner])

    add(5)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    add(45)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)
