"""Maps and charts of the figures: a suppressed unit gives its count away nowhere."""

import io
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image
from pypdf import PdfReader

from atnet.geo.maps import SUPPRESSED
from atnet.reports.demo import demo_load
from atnet.reports.models import FiguresPage

from . import factories as f
from .conftest import YEAR
from .test_figures import _more_records

pytestmark = pytest.mark.django_db
# In YEAR, 4 people were trained in Chișinău and fewer than 5 in Bălți: neither is published.
HIDDEN = ("MD-CU", "MD-BA")


@pytest.fixture
def figures_page(home):
    demo_load()
    return FiguresPage.objects.get(locale__language_code="en")


@pytest.fixture
def coordinator_client(client, db):
    client.force_login(f.coordinator())
    return client


def _between(html: str, start: str, end: str) -> str:
    return html.split(start, 1)[1].split(end, 1)[0]


def test_the_figures_page_maps_people_trained_without_revealing_small_counts(
    client, figures_page, records
):
    html = client.get(f"{figures_page.url}?year={YEAR}").content.decode()
    svg = _between(html, 'id="map-trained-svg"', "</svg>")
    for code in HIDDEN:
        path = _between(svg, f'data-unit="{code}"', "</path>")
        assert f'data-class="{SUPPRESSED}"' in path
        assert "not published" in path and not re.search(r"\d+ (person|people)", path)
    table = _between(html, 'data-map-table="map-trained"', "</table>")
    chisinau = _between(table, 'data-unit="MD-CU"', "</tr>")
    assert "not published" in chisinau and not re.search(r">\s*[1-4]\b", chisinau)
    legend = _between(html, 'id="map-trained"', 'class="map-table"')
    # No class of values at all: every unit is zero or not published.
    assert 'data-class="c1"' not in legend and f'data-class="{SUPPRESSED}"' in legend
    # Meetings are not people: Chișinău's two meetings are on the map, with a link-free title.
    meetings = _between(html, 'id="map-meetings-svg"', "</svg>")
    assert "<title>Chișinău: 2 meetings</title>" in meetings
    assert "MapSVG / svg-maps, CC BY 4.0" in html


def test_the_figures_page_has_a_chart_per_table_and_a_line_over_months(
    client, figures_page, records
):
    html = client.get(f"{figures_page.url}?year={YEAR}").content.decode()
    assert 'id="chart-meetings-by-region"' in html
    line = _between(html, 'id="chart-meetings-by-month"', "</svg>")
    assert "<polyline" in line
    # The police row (4 people) is suppressed in the table, so it gets no bar.
    section = _between(html, 'id="trained-by-profession"', "</section>")
    assert "Police" in section and "Police" not in section.split("<table")[0]
    csv = client.get(
        f"{figures_page.url}tables/csv/?year={YEAR}&table=meetings-by-month"
    ).content.decode("utf-8-sig")
    assert f"{YEAR}-02,1" in csv and f"{YEAR}-03,1" in csv


def test_the_figures_page_query_count_does_not_grow_with_the_data(client, figures_page, pages):
    url = f"{figures_page.url}?year={YEAR}"
    client.get(url)
    # Both measured with the figures computed, not read from the cache: the
    # cache is dropped when records change, so a warm page would count nothing.
    cache.clear()
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    _more_records(records=pages)
    cache.clear()
    with CaptureQueriesContext(connection) as large:
        client.get(url)
    assert len(large.captured_queries) == len(small.captured_queries)


def test_the_api_gives_map_values_and_classes_without_suppressed_counts(client, records):
    data = client.get(f"/api/v1/figures?year={YEAR}&lang=en").json()
    maps = {item["slug"]: item for item in data["maps"]}
    units = {unit["code"]: unit for unit in maps["map-trained"]["units"]}
    for code in HIDDEN:
        assert units[code]["value"] is None
        assert units[code]["class"] == SUPPRESSED and units[code]["suppressed"] is True
        assert not re.search(r"\d+ (person|people)", units[code]["display"])
    assert units["MD-OR"]["class"] == "zero"
    classes = {c["key"] for c in maps["map-trained"]["classes"]}
    assert classes == {"zero", SUPPRESSED}
    meetings = {unit["code"]: unit for unit in maps["map-meetings"]["units"]}
    assert meetings["MD-CU"]["value"] == 2 and meetings["MD-CU"]["class"].startswith("c")
    charts = {chart["slug"]: chart for chart in data["charts"]}
    assert charts["meetings-by-month"]["kind"] == "line"
    profession = {p["key"] for p in charts["trained-by-profession"]["points"]}
    assert "police" not in profession
    schema = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    assert "class" in schema["MapUnitOut"]["properties"]


def test_the_annual_report_shows_charts_and_maps_as_images_and_hides_small_counts(
    coordinator_client, pages
):
    response = coordinator_client.get(
        f"/en/workspace/reports/annual-report.pdf?year={YEAR}&lang=en"
    )
    reader = PdfReader(io.BytesIO(response.content))
    outline = {item.title: reader.get_destination_page_number(item) for item in reader.outline}
    map_page = reader.pages[outline["People trained per district or municipality"]]
    images = [Image.open(io.BytesIO(image.data)).convert("RGB") for image in map_page.images]
    maps = [image for image in images if 0.75 < image.width / image.height < 0.85]
    assert maps, "the map of people trained is an image on its page"
    # The "not published" fill (#f3e3c3) is painted on the map.
    assert any((243, 227, 195) in {c for _n, c in image.getcolors(1 << 20)} for image in maps)
    chart_page = reader.pages[outline["Meetings held by series"]]
    assert chart_page.images, "the chart is an image"
    text = "".join(page.extract_text() for page in reader.pages)
    section = _between(text, "People trained per district or municipality", "Coverage")
    assert "not published" in section
    assert not re.search(r"\b[1-4] (person|people)\b", section)
