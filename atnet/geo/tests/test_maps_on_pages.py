"""The maps on the help directory, the network directory, a series and the dashboard."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from atnet.geo.models import AdministrativeUnit
from atnet.helpdirectory.tests.factories import HelpIndexFactory, HelpServiceFactory
from atnet.meetings.tests.factories import MeetingFactory, SeriesFactory, coordinator_user
from atnet.network.models import NetworkDirectoryPage
from atnet.network.tests.factories import OrganisationFactory
from atnet.reports.tests import factories as reports_factories

pytestmark = pytest.mark.django_db


def _unit_path(html: str, svg_id: str, code: str) -> str:
    svg = html.split(f'id="{svg_id}"', 1)[1].split("</svg>", 1)[0]
    return re.search(rf'<a href="([^"]*)"[^>]*><path [^>]*data-unit="{code}"[^>]*>', svg).group(0)


def test_the_help_map_counts_local_services_links_each_unit_and_names_those_without(client, home):
    unit = AdministrativeUnit.objects.get
    index = HelpIndexFactory(parent=home)
    HelpServiceFactory(parent=index, title="Linie națională", nationwide=True)
    HelpServiceFactory(parent=index, title="Adăpost Cahul", units=[unit(code="MD-CA")])
    HelpServiceFactory(
        parent=index, title="Linie Nord", units=[unit(code="MD-CA"), unit(code="MD-BA")]
    )
    html = client.get(index.url).content.decode()
    cahul = _unit_path(html, "map-services-svg", "MD-CA")
    assert 'href="?unit=MD-CA"' in cahul and 'data-class="c' in cahul
    orhei = _unit_path(html, "map-services-svg", "MD-OR")
    assert 'data-class="zero"' in orhei
    notes = html.split('id="map-services"', 1)[1].split("map-body", 1)[0]
    assert "Orhei" in notes and "Cahul" not in notes
    assert "1 service serves the whole country" in notes or "1 serviciu" in notes
    listed = client.get(f"{index.url}?unit=MD-BA").content.decode()
    assert "Linie Nord" in listed and "Adăpost Cahul" not in listed


def test_the_network_directory_maps_public_organisations_per_unit(client, home):
    page = NetworkDirectoryPage(title="Rețeaua", slug="network")
    home.add_child(instance=page)
    cahul = AdministrativeUnit.objects.get(code="MD-CA")
    OrganisationFactory(regions=[cahul])
    OrganisationFactory(regions=[cahul])
    OrganisationFactory(regions=[cahul], is_public=False)
    html = client.get("/ro/network/?type=").content.decode()
    path = _unit_path(html, "map-organisations-svg", "MD-CA")
    assert "unit=MD-CA" in path and "2 organizații" in path or "2 organisations" in path


def test_a_series_maps_its_reach_and_its_links_list_the_meetings_hosted_there(client):
    client.force_login(coordinator_user())
    series = SeriesFactory()
    now = timezone.now()
    MeetingFactory(series=series, starts_at=now - dt.timedelta(days=40),
                   host_unit=AdministrativeUnit.objects.get(code="MD-CA"))  # fmt: skip
    MeetingFactory(series=series, starts_at=now - dt.timedelta(days=500),
                   host_unit=AdministrativeUnit.objects.get(code="MD-OR"))  # fmt: skip
    MeetingFactory(series=series, starts_at=now - dt.timedelta(days=900),
                   host_unit=AdministrativeUnit.objects.get(code="MD-SO"))  # fmt: skip
    url = f"/ro/workspace/meetings/series/{series.slug}/"
    html = client.get(url).content.decode()
    assert 'data-class="last_12"' in _unit_path(html, "map-reach-svg", "MD-CA")
    assert 'data-class="last_24"' in _unit_path(html, "map-reach-svg", "MD-OR")
    assert 'data-class="earlier"' in _unit_path(html, "map-reach-svg", "MD-SO")
    assert 'data-class="never"' in _unit_path(html, "map-reach-svg", "MD-BA")
    narrowed = client.get(f"{url}?unit=MD-OR").content.decode()
    rows = narrowed.split('id="meetings"', 1)[1].split("</table>", 1)[0]
    assert rows.count("<tr>") == 1 + 1  # the header and Orhei's meeting
    assert client.get(f"{url}?unit=XX").status_code == 200


def test_the_dashboard_coverage_map_joins_meetings_trainings_and_activities(client):
    client.force_login(reports_factories.coordinator())
    year = dt.date.today().year
    series = reports_factories.series()
    reports_factories.meeting(series, dt.date(year, 1, 10), "MD-CA")
    organisation = reports_factories.organisation("ong", "ngo")
    reports_factories.activity(organisation, ["MD-CA", "MD-OR"], dt.date(year, 1, 15))
    html = client.get(f"/ro/workspace/reports/?year={year}").content.decode()
    assert 'data-class="two"' in _unit_path(html, "map-coverage-svg", "MD-CA")
    orhei = _unit_path(html, "map-coverage-svg", "MD-OR")
    assert 'data-class="one"' in orhei and 'href="/ro/workspace/regions/MD-OR/"' in orhei
