"""A coordinator filters the dashboard to one region and a year and downloads the XLSX."""

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from openpyxl import load_workbook
from playwright.sync_api import expect

from atnet.reports.demo import demo_load
from atnet.reports.models import FiguresPage

from .. import factories as f
from ..conftest import YEAR

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _signed_in(browser, live_server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(locale="en-GB", accept_downloads=True)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    return tab


def _serious(tab) -> list:
    violations = Axe().run(tab).response["violations"]
    return [(v["id"], v["impact"]) for v in violations if v["impact"] in ("serious", "critical")]


def _page_cell(tab, figure: str, key: str, column: str) -> str:
    row = tab.locator(f'table[data-figure="{figure}"] tr[data-key="{key}"]')
    return row.locator(f'td[data-column="{column}"]').inner_text()


def test_a_coordinator_filters_to_a_region_and_year_and_the_xlsx_matches(
    browser, live_server, pages
):
    tab = _signed_in(browser, live_server, f.coordinator())
    tab.goto(f"{live_server.url}/en/workspace/reports/")
    tab.get_by_label("Year").fill(str(YEAR))
    tab.get_by_label("Development region").select_option("chisinau")
    tab.get_by_role("button", name="Show").click()
    expect(tab.locator('dd[data-summary="meetings"]')).to_have_text("2")
    # In Chișinău: m1 and m2; ana, bogdan, cristina and one walk-in; trainings of course A.
    assert _page_cell(tab, "participants-by-organisation-type", "total", "people") == "4"
    assert _page_cell(tab, "trained-by-profession", "police", "people") == "4"
    assert _serious(tab) == []

    with tab.expect_download() as download:
        tab.locator("#download-xlsx").click()
    with open(download.value.path(), "rb") as downloaded:
        book = load_workbook(io.BytesIO(downloaded.read()))
    participants = {
        row[0]: row
        for row in book["participants-by-organisation-type"[:31]].iter_rows(
            min_row=3, values_only=True
        )
    }
    assert participants["Total"][1] == int(
        _page_cell(tab, "participants-by-organisation-type", "total", "people")
    )
    assert participants["Total"][2] == int(
        _page_cell(tab, "participants-by-organisation-type", "total", "attendances")
    )
    trained = {
        row[0]: row for row in book["trained-by-profession"].iter_rows(min_row=3, values_only=True)
    }
    assert trained["Police officers"][1] == int(
        _page_cell(tab, "trained-by-profession", "police", "people")
    )
    meetings = [
        row
        for row in book["meetings-by-unit"].iter_rows(min_row=3, values_only=True)
        if row[0] != "Category"
    ]
    assert meetings[0][:2] == ("Chișinău", 2)


def test_the_public_figures_page_is_accessible(page, live_server, pages):
    demo_load()
    url = FiguresPage.objects.get(locale__language_code="en").url
    page.goto(f"{live_server.url}{url}?year={YEAR}")
    expect(page.locator('dd[data-headline="trained"]')).to_have_text("5")
    assert _serious(page) == []
