import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from atnet.geo.models import AdministrativeUnit
from atnet.meetings.models import MeetingStatus
from atnet.meetings.planning import is_working_day, next_working_day, plan

from .factories import MeetingFactory, SeriesFactory, regional_series

pytestmark = pytest.mark.django_db


def test_a_year_of_regional_meetings_reaches_six_development_regions_before_any_repeats():
    series = regional_series()
    planned = plan(series, count=6, after=dt.date(2030, 1, 1))
    regions = [row.unit.development_region for row in planned]
    assert len(set(regions)) == 6


def test_when_only_units_of_three_regions_may_host_six_meetings_reach_six_different_units():
    series = regional_series()
    series.eligible_units.set(
        AdministrativeUnit.objects.filter(
            code__in=["MD-BA", "MD-SO", "MD-CA", "MD-CM", "MD-UN", "MD-OR"]
        )
    )
    planned = plan(series, count=6, after=dt.date(2030, 1, 1))
    assert len({row.unit.code for row in planned}) == 6
    first_three = {row.unit.development_region for row in planned[:3]}
    assert first_three == {"north", "south", "centre"}


def test_the_region_met_most_recently_is_proposed_last():
    series = regional_series()
    cahul = AdministrativeUnit.objects.get(code="MD-CA")
    MeetingFactory(
        series=series,
        host_unit=cahul,
        status=MeetingStatus.HELD,
        starts_at=dt.datetime(2029, 11, 21, 10, tzinfo=ZoneInfo("Europe/Chisinau")),
    )
    planned = plan(series, count=6, after=dt.date(2030, 1, 1))
    regions = [row.unit.development_region for row in planned]
    assert regions[-1] == "south"
    assert "south" not in regions[:-1]


def test_a_cancelled_meeting_does_not_count_as_a_visit():
    series = regional_series()
    cahul = AdministrativeUnit.objects.get(code="MD-CA")
    MeetingFactory(
        series=series,
        host_unit=cahul,
        status=MeetingStatus.CANCELLED,
        status_reason="x",
        starts_at=dt.datetime(2029, 11, 21, 10, tzinfo=ZoneInfo("Europe/Chisinau")),
    )
    regions = [
        row.unit.development_region for row in plan(series, count=6, after=dt.date(2030, 1, 1))
    ]
    assert regions.index("south") < 5


def test_weekends_and_moldovan_public_holidays_are_skipped():
    assert not is_working_day(dt.date(2025, 1, 7))  # Christmas (old style)
    assert not is_working_day(dt.date(2025, 4, 21))  # Easter Monday
    assert not is_working_day(dt.date(2025, 3, 8))  # a Saturday and Women's Day
    assert next_working_day(dt.date(2025, 8, 27)) == dt.date(2025, 8, 28)  # Independence Day
    assert next_working_day(dt.date(2025, 8, 30)) == dt.date(
        2025, 9, 1
    )  # Sat, Sun (31 Aug holiday)


def test_a_rule_date_on_a_holiday_moves_to_the_next_working_day():
    # The first Thursday of May 2025 is 1 May, Workers' Solidarity Day.
    series = SeriesFactory(recurrence="FREQ=MONTHLY;BYDAY=+1TH")
    planned = plan(series, count=12, after=dt.date(2025, 1, 1))
    days = [row.starts_at.date() for row in planned]
    assert dt.date(2025, 5, 2) in days
    assert all(is_working_day(day) for day in days)
    moved = next(row for row in planned if row.starts_at.date() == dt.date(2025, 5, 2))
    assert moved.moved_from == dt.date(2025, 5, 1)


def test_the_national_series_meets_monthly_in_chisinau_at_ten_local_time():
    series = SeriesFactory()
    planned = plan(series, count=12, after=dt.date(2030, 1, 1))
    assert len({row.starts_at.month for row in planned}) == 12
    assert {row.unit.code for row in planned} == {"MD-CU"}
    assert {row.starts_at.astimezone(ZoneInfo("Europe/Chisinau")).hour for row in planned} == {10}


def test_the_plan_starts_after_the_last_meeting_of_the_series():
    series = SeriesFactory()
    MeetingFactory(
        series=series, starts_at=dt.datetime(2031, 3, 13, 10, tzinfo=ZoneInfo("Europe/Chisinau"))
    )
    planned = plan(series, count=1)
    assert planned[0].starts_at.date() == dt.date(2031, 4, 10)
