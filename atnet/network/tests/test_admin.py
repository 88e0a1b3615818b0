"""Coordinators manage the network in the Wagtail admin."""

from django.urls import reverse
from wagtail.models import ModelLogEntry

from atnet.network.models import Organisation

from .factories import OrganisationFactory


def test_a_coordinator_reaches_the_admin_listings(client, coordinator, org_a):
    client.force_login(coordinator)
    for model in ("organisation", "activity", "person", "membership"):
        assert client.get(f"/admin/snippets/network/{model}/").status_code == 200


def test_the_admin_search_ignores_diacritics(admin_client, org_a, org_b):
    response = admin_client.get("/admin/snippets/network/organisation/", {"q": "speranta"})
    assert [o.slug for o in response.context["object_list"]] == ["a"]


def test_the_admin_filters_by_domain_and_type(admin_client, org_a):
    OrganisationFactory(slug="police", type="police", domains=["migration_policy"])
    url = "/admin/snippets/network/organisation/"
    by_domain = admin_client.get(url, {"domain": "migration_policy"}).context["object_list"]
    by_type = admin_client.get(url, {"type": "ngo"}).context["object_list"]
    assert [o.slug for o in by_domain] == ["police"] and [o.slug for o in by_type] == ["a"]


def test_the_bulk_action_marks_organisations_verified_and_logs_it(admin_client, org_a, org_b):
    url = (
        reverse("wagtail_bulk_action", args=["network", "organisation", "mark_verified"])
        + f"?id={org_a.pk}&id={org_b.pk}"
    )
    response = admin_client.post(url, {})
    assert response.status_code == 302
    assert Organisation.objects.filter(last_verified__isnull=False).count() == 2
    assert ModelLogEntry.objects.filter(action="wagtail.edit").count() == 2


def test_an_admin_edit_appears_in_the_history(admin_client, org_a):
    edit = reverse("wagtailsnippets_network_organisation:edit", args=[org_a.pk])
    form = admin_client.get(edit).context["form"]
    data = {name: value for name, value in form.initial.items() if value not in (None, [])}
    data.update({"name_ro": "Nume nou", "regions": [], "domains": ["capacity_building"]})
    response = admin_client.post(edit, data)
    assert response.status_code == 302, response.context["form"].errors
    history = reverse("wagtailsnippets_network_organisation:history", args=[org_a.pk])
    assert (
        "Nume nou" in admin_client.get(history).content.decode()
        or ModelLogEntry.objects.filter(object_id=str(org_a.pk)).exists()
    )
