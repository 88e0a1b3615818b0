"""The public figures: page in three languages, exports and API, with small cells suppressed."""

import io

import pytest
from openpyxl import load_workbook

from atnet.reports.demo import demo_load
from atnet.reports.models import FiguresPage

from .conftest import YEAR

pytestmark = pytest.mark.django_db
NAMES = ("Ana Rusu", "Bogdan", "Participanta", "Procurorul", "Vizitator")


@pytest.fixture
def figures_page(home):
    demo_load()
    return FiguresPage.objects.get(locale__language_code="ro")


def test_the_demo_creates_the_page_once_in_three_languages(figures_page):
    assert demo_load() == {"figures_pages": 0}
    assert FiguresPage.objects.count() == 3
    assert figures_page.show_in_menus


@pytest.mark.parametrize(
    ("language", "fewer"), [("ro", "mai puțin de 5"), ("en", "fewer than 5"), ("ru", "меньше 5")]
)
def test_the_page_shows_aggregates_and_never_a_count_under_five(
    client, figures_page, records, language, fewer
):
    url = FiguresPage.objects.get(locale__language_code=language).url
    html = client.get(f"{url}?year={YEAR}").content.decode()
    # 5 people trained is shown; police (4) and prosecutors (1) are not.
    assert 'data-headline="trained">5<' in html
    police = (
        html.split('data-figure="trained-by-profession"')[1]
        .split('data-key="police"')[1]
        .split("</tr>")[0]
    )
    assert fewer in police and ">4<" not in police
    assert not any(name in html for name in NAMES)


def test_the_public_tables_download_with_the_same_suppression(client, figures_page, records):
    url = f"{figures_page.url}tables/xlsx/?year={YEAR}"
    book = load_workbook(io.BytesIO(client.get(url).content))
    rows = {
        row[0]: row[1:]
        for row in book["trained-by-profession"].iter_rows(min_row=3, values_only=True)
    }
    assert rows["Ofițeri de poliție"][0] == "mai puțin de 5"
    assert rows["Total"][0] == 5
    csv = client.get(
        f"{figures_page.url}tables/csv/?year={YEAR}&table=trained-by-region"
    ).content.decode("utf-8-sig")
    assert "mai puțin de 5" in csv


def test_the_api_gives_public_aggregates_with_suppressed_cells(client, records):
    data = client.get(f"/api/v1/figures?year={YEAR}&lang=en").json()
    tables = {table["slug"]: table for table in data["tables"]}
    trained = tables["trained-by-profession"]
    police = next(row for row in trained["rows"] if row["key"] == "police")
    people = next(cell for cell in police["cells"] if cell["column"] == "people")
    assert people == {
        "column": "people",
        "value": None,
        "suppressed": True,
        "display": "fewer than 5",
    }
    total = {cell["column"]: cell["value"] for cell in trained["total"]["cells"]}
    assert total["people"] == 5
    meetings = {
        row["key"]: row["cells"][0]["value"] for row in tables["meetings-by-region"]["rows"]
    }
    assert meetings == {"chisinau": 2, "south": 1}
    assert not any(name in str(data) for name in NAMES)


def test_the_api_refuses_a_year_out_of_range(client, db):
    assert client.get("/api/v1/figures?year=1800").status_code == 422
