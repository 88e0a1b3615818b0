"""The workspace: posting, filtering, the region grid and page, exports, query budgets."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from atnet.core.models import AuditLogEntry
from atnet.geo.models import AdministrativeUnit
from atnet.network.models import Activity, Domain

from .factories import ActivityFactory, OrganisationFactory


def _post_activity(client, org, **extra):
    data = {
        "organisation": org.pk,
        "title_ru": "Семинар для социальных работников",
        "domains": [Domain.CAPACITY_BUILDING.value],
        "regions": [AdministrativeUnit.objects.get(code="MD-CA").pk],
        "start_date": "2026-05-01",
        "status": "planned",
        "is_public": "on",
        **extra,
    }
    return client.post(reverse("network:activity_create"), data)


def test_a_focal_point_posts_an_activity_in_russian_only(client, focal_a, org_a):
    client.force_login(focal_a)
    response = _post_activity(client, org_a)
    activity = Activity.objects.get(title_ru="Семинар для социальных работников")
    assert response["Location"] == reverse("network:activity_detail", args=[activity.pk])
    assert activity.organisation == org_a and activity.created_by == focal_a
    entry = AuditLogEntry.objects.get(action="network.activity.create")
    assert (
        entry.data == {"fields": sorted(entry.data["fields"])}
        and "title_ru" in entry.data["fields"]
    )
    assert ModelLogEntry.objects.filter(
        object_id=str(activity.pk), action="wagtail.create"
    ).exists()


def test_an_activity_needs_a_title_in_some_language_and_an_end_after_its_start(
    client, focal_a, org_a
):
    client.force_login(focal_a)
    response = _post_activity(client, org_a, title_ru="", end_date="2026-04-01")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "end_date" in errors and "__all__" in errors
    assert not Activity.objects.exists()


def test_a_focal_point_edits_the_profile_and_the_change_is_in_the_history(client, focal_a, org_a):
    client.force_login(focal_a)
    data = {"name_ro": "Centrul Speranța", "type": "ngo", "level": "regional", "is_public": "on"}
    response = client.post(reverse("network:organisation_edit", args=[org_a.pk]), data)
    assert response.status_code == 302
    org_a.refresh_from_db()
    assert org_a.level == "regional"
    assert ModelLogEntry.objects.filter(object_id=str(org_a.pk), action="wagtail.edit").exists()


@pytest.fixture
def spread(org_a, org_b):
    """Activities in Cahul (A) and Bălți (B), one of them members-only."""
    cahul = AdministrativeUnit.objects.get(code="MD-CA")
    balti = AdministrativeUnit.objects.get(code="MD-BA")
    ActivityFactory(organisation=org_a, title_ro="Prevenire Cahul", regions=[cahul])
    ActivityFactory(
        organisation=org_b,
        title_ro="Asistență Bălți",
        regions=[balti],
        domains=[Domain.PROTECTION_ASSISTANCE.value],
        status="completed",
        is_public=False,
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("unit=MD-CA", ["Prevenire Cahul"]),
        ("region=north", ["Asistență Bălți"]),
        ("domain=protection_assistance", ["Asistență Bălți"]),
        ("status=ongoing", ["Prevenire Cahul"]),
        ("q=asistenta balti", ["Asistență Bălți"]),
        ("period_from=2026-07-01", []),
        ("period_to=2026-02-01", []),
        ("unit=MD-XX", ["Asistență Bălți", "Prevenire Cahul"]),  # bad value: ignored
    ],
)
def test_members_filter_all_activities(client, member_a, spread, query, expected):
    client.force_login(member_a)
    response = client.get(reverse("network:activity_list") + "?" + query)
    assert response.status_code == 200
    assert sorted(a.title for a in response.context["items"]) == expected


def test_a_bad_filter_value_is_reported_in_the_users_language(client, member_a, spread):
    client.force_login(member_a)
    response = client.get("/ru/workspace/activities/?period_from=nope")
    assert response.status_code == 200
    assert response.context["filter_form"].errors["period_from"]


def test_the_region_grid_counts_matching_activities_per_unit(client, member_a, spread):
    client.force_login(member_a)
    grid = client.get(reverse("network:activity_list")).context["grid"]
    cells = {cell["unit"].code: cell for group in grid for cell in group["units"]}
    assert cells["MD-CA"]["count"] == 1 and cells["MD-BA"]["count"] == 1
    assert cells["MD-OR"]["count"] == 0 and cells["MD-OR"]["level"] == 0
    assert sum(len(group["units"]) for group in grid) == 37


def test_the_region_page_shows_who_works_there_and_where_nobody_does(client, member_a, spread):
    client.force_login(member_a)
    response = client.get(reverse("network:region", args=["MD-CA"]))
    assert [a.title for a in response.context["activities"]] == ["Prevenire Cahul"]
    assert Domain.TRAFFICKING_PREVENTION not in response.context["uncovered"]
    assert Domain.MIGRATION_POLICY in response.context["uncovered"]
    assert client.get(reverse("network:region", args=["MD-XX"])).status_code == 404


def test_a_coordinator_exports_the_filtered_view_to_csv(client, coordinator, spread):
    client.force_login(coordinator)
    response = client.get(reverse("network:activity_export", args=["csv"]) + "?unit=MD-CA")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert response["Content-Type"].startswith("text/csv")
    assert [row[0] for row in rows[1:]] == ["Prevenire Cahul"]


def test_a_coordinator_exports_to_xlsx(client, coordinator, spread):
    client.force_login(coordinator)
    response = client.get(reverse("network:activity_export", args=["xlsx"]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    titles = sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True))
    assert titles == ["Asistență Bălți", "Prevenire Cahul"]


def test_an_export_keeps_formulas_as_text(client, coordinator, org_a):
    ActivityFactory(organisation=org_a, title_ro="=HYPERLINK(1)")
    client.force_login(coordinator)
    response = client.get(reverse("network:activity_export", args=["csv"]))
    assert "'=HYPERLINK(1)" in response.content.decode("utf-8-sig")


def _add(count):
    units = list(AdministrativeUnit.objects.all()[:4])
    partner = OrganisationFactory()
    for number in range(count):
        organisation = OrganisationFactory(regions=units[:2])
        ActivityFactory(organisation=organisation, regions=units[number % 4 :], partners=[partner])


@pytest.mark.parametrize(
    "url",
    [
        "/ro/workspace/activities/",
        "/ro/workspace/activities/?domain=trafficking_prevention",
        "/ro/workspace/organisations/",
        "/ro/workspace/regions/MD-AN/",
        "/ro/workspace/activities/export.csv",
    ],
)
def test_workspace_listings_run_a_constant_number_of_queries(client, coordinator, url):
    client.force_login(coordinator)
    _add(5)
    client.get(url)  # warm caches (site, locale) so both counts measure the listing alone
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    _add(45)
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few)
