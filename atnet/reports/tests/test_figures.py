"""Every figure against a count done by hand from the known records (see conftest)."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from atnet.reports.figures import BY_SLUG, dashboard
from atnet.reports.period import Period

from . import factories as f
from .conftest import YEAR

pytestmark = pytest.mark.django_db
YEAR_PERIOD = Period.year(YEAR)


def figure(slug, period=YEAR_PERIOD):
    return BY_SLUG[slug].compute(period)


def table(slug, measure, period=YEAR_PERIOD):
    return {row.key: row[measure] for row in figure(slug, period).rows}


def test_it_counts_only_meetings_held_in_the_period(records):
    series_id = str(records["meetings"][0].series_id)
    assert table("meetings-by-series", "count") == {series_id: 3}
    assert table("meetings-by-unit", "count") == {"MD-CU": 2, "MD-CA": 1}


def test_meetings_by_month_has_every_month_of_the_period(records):
    rows = figure("meetings-by-month").rows
    assert [row.key for row in rows] == [f"{YEAR}-{month:02d}" for month in range(1, 13)]
    counts = {row.key: row["count"] for row in rows if row["count"]}
    assert counts == {f"{YEAR}-02": 1, f"{YEAR}-03": 1, f"{YEAR}-05": 1}


def test_participants_are_unique_people_with_walk_ins_each_counted(records):
    result = figure("participants-by-organisation-type")
    # ana, bogdan, cristina and two walk-ins; 7 lines present at held meetings.
    assert result.total.values == {
        "people": 5, "attendances": 7, "women": 3, "men": 1, "other": 0, "unstated": 1,
        "share_women": 75.0,
    }  # fmt: skip
    police = {row.key: row for row in result.rows}["police"]
    ngo = {row.key: row for row in result.rows}["ngo"]
    assert (police["people"], police["attendances"], police["women"]) == (1, 2, 1)
    assert (ngo["people"], ngo["attendances"], ngo["women"], ngo["men"]) == (4, 5, 2, 1)


def test_a_figure_says_how_much_gender_data_is_missing(records):
    result = figure("participants-by-unit")
    assert result.missing_gender == 1
    assert any("1" in note and "5" in note for note in result.notes)
    assert figure("trained-by-profession").notes == []


def test_participants_by_host_unit(records):
    rows = {
        row.key: (row["people"], row["attendances"]) for row in figure("participants-by-unit").rows
    }
    assert rows == {"MD-CU": (4, 5), "MD-CA": (2, 2)}


def test_a_region_narrows_meetings_and_participants(records):
    south = Period.year(YEAR, region="south")
    assert table("meetings-by-unit", "count", south) == {"MD-CA": 1}
    assert figure("participants-by-unit", south).total["people"] == 2


def test_people_trained_by_profession_and_gender(records):
    result = figure("trained-by-profession")
    # P1-P4 in A, P1 and P5 in B; P5's refusal and P6's absence do not count.
    assert (result.total["people"], result.total["attendances"]) == (5, 6)
    assert (result.total["women"], result.total["men"], result.total["share_women"]) == (3, 2, 60.0)
    rows = {row.key: (row["people"], row["attendances"]) for row in result.rows}
    assert rows == {"police": (4, 5), "prosecutors": (1, 1)}


def test_people_trained_by_unit_course_institution_and_month(records):
    assert table("trained-by-unit", "people") == {"MD-CU": 4, "MD-BA": 2}
    assert sorted(table("trained-by-course", "people").values()) == [2, 4]
    assert table("trained-by-institution-type", "people") == {"police": 4, "prosecution": 1}
    months = {k: v for k, v in table("trained-by-month", "people").items() if v}
    assert months == {f"{YEAR}-03": 4, f"{YEAR}-06": 2}


def test_region_and_domain_narrow_the_people_trained(records):
    north = figure("trained-by-profession", Period.year(YEAR, region="north")).total
    assert (north["people"], north["women"], north["men"]) == (2, 1, 1)
    gender = Period.year(YEAR, domain="gender_equality_dv")
    assert figure("trained-by-profession", gender).total["people"] == 2


def test_knowledge_gain_averages_the_scores_of_people_with_both_tests(records):
    (row,) = figure("knowledge-gain").rows
    assert (row["people"], row["pre"], row["post"], row["gain"]) == (2, 45.0, 65.0, 20.0)


def test_equipment_delivered_leaves_out_what_is_only_planned(records):
    (row,) = figure("equipment-by-category").rows
    assert (row.key, row["quantity"], row["deliveries"], row["recipients"]) == ("it", 8, 2, 1)
    assert table("equipment-by-category", "quantity", Period.year(YEAR, region="north")) == {
        "it": 3
    }


def test_materials_distributed_in_the_period(records):
    (row,) = figure("materials-distributed").rows
    assert (row["copies"], row["distributions"], row["organisations"]) == (30, 2, 2)


def test_organisations_active_by_unit_only_in_the_chosen_region(records):
    assert table("organisations-active-by-unit", "organisations") == {"MD-CU": 2, "MD-CA": 1}
    chisinau = Period.year(YEAR, region="chisinau")
    assert table("organisations-active-by-unit", "organisations", chisinau) == {"MD-CU": 2}


def test_projects_by_domain_and_status_count_a_translated_project_once(pages):
    domains = {row.key: row.values for row in figure("projects-by-domain").rows}
    assert domains["trafficking_prevention"]["projects"] == 2
    assert domains["trafficking_prevention"]["budget_eur"] == 1000
    assert domains["trafficking_prevention"]["budget_usd"] == 500
    assert domains["gender_equality_dv"]["projects"] == 1
    assert domains["migration_policy"]["projects"] == 0
    status = {
        row.key: (row["projects"], row["budget_eur"], row["budget_usd"])
        for row in figure("projects-by-status").rows
    }
    assert status == {"implementation": (1, 1000, None), "pipeline": (1, None, 500)}
    assert table("projects-by-status", "projects", Period.year(YEAR, region="north")) == {
        "pipeline": 1
    }


def test_legislation_by_status_in_the_years_of_the_period(pages):
    assert table("legislation-by-status", "count") == {"adopted": 1, "draft": 1}


def test_the_dashboard_runs_the_same_number_of_queries_whatever_the_data(pages):
    with CaptureQueriesContext(connection) as small:
        dashboard(YEAR_PERIOD)
    _more_records(records=pages)
    with CaptureQueriesContext(connection) as large:
        figures = dashboard(YEAR_PERIOD)
    assert figure("participants-by-unit").total["people"] > 5
    assert len(large.captured_queries) == len(small.captured_queries) <= 30
    assert len(figures) == len(BY_SLUG)


def _more_records(records):
    police, ngo, _prosecution = records["orgs"]
    series = records["meetings"][0].series
    course = f.course("c", ["migration_policy"])
    for index, code in enumerate(["MD-OR", "MD-AN", "MD-BA", "MD-CU"]):
        meeting = f.meeting(series, dt.date(YEAR, 9, 1 + index), code)
        session = f.session(course, dt.date(YEAR, 10, 1 + index), code)
        for n in range(6):
            f.attend(meeting, org=ngo, gender="male", name=f"Oaspete {index}-{n}")
            f.enrol(session, f.participant(ngo, f"Nume {index * 10 + n}", "female", "ngo_staff"))
        f.equipment(ngo, code, quantity=2, day=dt.date(YEAR, 9, 1), category="office")
