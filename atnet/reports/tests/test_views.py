import io
import re
import zlib

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from atnet.meetings.models import Series

from . import factories as f
from .conftest import YEAR
from .test_figures import _more_records

pytestmark = pytest.mark.django_db
DASHBOARD = "/ro/workspace/reports/"


@pytest.fixture
def coordinator_client(client, db):
    client.force_login(f.coordinator())
    return client


def test_visitors_sign_in_and_members_who_are_not_coordinators_get_404(client, db):
    response = client.get(DASHBOARD)
    assert response.status_code == 302 and "next=" in response["Location"]
    client.force_login(get_user_model().objects.create_user("member", password="pw-Test-123"))
    assert client.get(DASHBOARD).status_code == 404
    assert client.get(f"/ro/workspace/reports/export/all.xlsx?year={YEAR}").status_code == 404
    assert client.get("/ro/workspace/reports/annual-report.pdf").status_code == 404


def _cell(html: str, figure: str, key: str, column: str) -> str:
    section = html.split(f'data-figure="{figure}"')[1].split("</table>")[0]
    row = section.split(f'data-key="{key}"')[1].split("</tr>")[0]
    return re.search(rf'data-column="{column}">([^<]*)<', row).group(1)


def test_the_dashboard_shows_the_figures_with_links_to_their_records(coordinator_client, pages):
    html = coordinator_client.get(f"{DASHBOARD}?year={YEAR}").content.decode()
    assert _cell(html, "participants-by-organisation-type", "ngo", "people") == "4"
    assert _cell(html, "participants-by-organisation-type", "total", "share_women") == "75,0 %"
    assert _cell(html, "trained-by-profession", "police", "attendances") == "5"
    assert 'role="img"' in html and "<desc" in html
    assert (
        "records/participants-by-organisation-type/?from=2025-01-01&amp;to=2025-12-31&amp;key=ngo"
        in html
    )
    assert 'class="cell level-0 never" data-unit="MD-OR"' in html


def test_an_invalid_filter_is_explained_and_ignored(coordinator_client, records):
    response = coordinator_client.get(f"{DASHBOARD}?year=abc&region=mars")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="error"') == 2  # the year and the region, each explained
    assert f"{response.context['period'].start.year}-01-01" in html


def test_the_records_behind_a_figure_are_listed_without_names_of_attendees(
    coordinator_client, records
):
    url = reverse("reports:records", args=["participants-by-organisation-type"])
    html = coordinator_client.get(f"{url}?year={YEAR}&key=ngo").content.decode()
    assert html.count("<tr>") == 6  # the header and the five lines of the NGO
    assert "Bogdan" not in html and "Vizitator" not in html


def test_the_dashboard_query_count_does_not_grow_with_the_data(coordinator_client, pages):
    url = f"{DASHBOARD}?year={YEAR}"
    coordinator_client.get(url)
    cache.clear()  # both measured requests compute their figures (none from the cache)
    with CaptureQueriesContext(connection) as small:
        coordinator_client.get(url)
    _more_records(records=pages)
    cache.clear()
    with CaptureQueriesContext(connection) as large:
        coordinator_client.get(url)
    assert len(large.captured_queries) == len(small.captured_queries)


def test_every_table_downloads_as_csv_and_xlsx_with_the_page_numbers(coordinator_client, records):
    base = f"/ro/workspace/reports/export/trained-by-profession.csv?year={YEAR}"
    text = coordinator_client.get(base).content.decode("utf-8-sig")
    assert "Total,5,6,3,2,0,0,60.0" in text
    book = load_workbook(
        io.BytesIO(
            coordinator_client.get(f"/ro/workspace/reports/export/all.xlsx?year={YEAR}").content
        )
    )
    sheet = book["trained-by-profession"]
    rows = {row[0]: row[1:] for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert rows["Total"][:2] == (5, 6)


def test_exports_never_hand_a_spreadsheet_a_formula(coordinator_client, records):
    Series.objects.update(name_ro='=HYPERLINK("http://example.org","x")')
    text = coordinator_client.get(
        f"/ro/workspace/reports/export/meetings-by-series.csv?year={YEAR}"
    ).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text


def _pdf_text_and_streams(data: bytes) -> tuple[str, bytes, list[str]]:
    try:
        from pypdf import PdfReader
    except ImportError:  # without pypdf: inflate the content streams ourselves
        streams = b"".join(
            zlib.decompress(m)
            for m in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S)
            if _inflatable(m)
        )
        return "", streams, [t.decode("latin-1") for t in re.findall(rb"/Title \((.*?)\)", data)]
    reader = PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() for page in reader.pages)
    streams = b"".join(page.get_contents().get_data() for page in reader.pages)
    return text, streams, [item.title for item in reader.outline]


def _inflatable(chunk: bytes) -> bool:
    try:
        zlib.decompress(chunk)
    except zlib.error:
        return False
    return True


def test_the_annual_report_pdf_holds_the_charts_grid_and_lists(coordinator_client, pages):
    response = coordinator_client.get(
        f"/ro/workspace/reports/annual-report.pdf?year={YEAR}&lang=en"
    )
    assert response["Content-Type"] == "application/pdf"
    text, streams, outline = _pdf_text_and_streams(response.content)
    assert response.content.startswith(b"%PDF")
    with translation.override("en"):
        from atnet.reports.figures import SPECS
        from atnet.reports.pdf import MAPPED

        # People trained per unit is shown as a map (small counts not published).
        titles = [str(spec.title) for spec in SPECS if spec.slug not in MAPPED]
        titles.append("People trained per district or municipality")
    assert set(titles) <= set(outline) or not outline
    # The charts are images; the stacked bars show the women's colour (#6a1b9a).
    from PIL import Image
    from pypdf import PdfReader

    images = [
        Image.open(io.BytesIO(image.data)).convert("RGB")
        for page in PdfReader(io.BytesIO(response.content)).pages
        for image in page.images
    ]
    assert any((106, 27, 154) in {c for _n, c in i.getcolors(1 << 22) or []} for i in images)
    if text:
        assert "Police officers" in text and "Proiect pa" in text
