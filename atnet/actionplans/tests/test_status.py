"""“Overdue” follows from the deadline and the last report; nobody types it."""

import datetime as dt

import pytest

from atnet.network.tests.factories import OrganisationFactory

from ..models import MeasureStatus, Report, ReportState
from ..selectors import plan_progress
from ..status import aggregate_status, effective_status
from .factories import MeasureFactory, PeriodFactory

TODAY = dt.date(2026, 5, 1)
S = MeasureStatus


@pytest.mark.parametrize(
    ("reported", "deadline", "expected"),
    [
        (None, dt.date(2026, 6, 1), S.NOT_STARTED),
        (None, dt.date(2026, 4, 1), S.OVERDUE),
        ("in_progress", dt.date(2026, 4, 30), S.OVERDUE),
        ("in_progress", TODAY, S.IN_PROGRESS),  # due today is not late yet
        ("done", dt.date(2026, 1, 1), S.DONE),
        ("cancelled", dt.date(2026, 1, 1), S.CANCELLED),
        ("in_progress", None, S.IN_PROGRESS),
    ],
)
def test_overdue_follows_from_the_deadline_and_the_last_report(reported, deadline, expected):
    assert effective_status(reported=reported, deadline=deadline, today=TODAY) == expected


def test_a_measure_is_done_only_when_every_organisation_is():
    assert aggregate_status([S.DONE, S.IN_PROGRESS]) == S.IN_PROGRESS
    assert aggregate_status([S.DONE, S.CANCELLED]) == S.DONE
    assert aggregate_status([S.DONE, S.OVERDUE]) == S.OVERDUE
    assert aggregate_status([S.NOT_STARTED, S.NOT_STARTED]) == S.NOT_STARTED


@pytest.mark.django_db
def test_the_last_submitted_report_counts_not_a_draft():
    org = OrganisationFactory()
    first = PeriodFactory()
    second = PeriodFactory(
        plan=first.plan, starts=dt.date(2026, 7, 1), ends=dt.date(2026, 12, 31),
        due=dt.date(2027, 1, 15),
    )  # fmt: skip
    measure = MeasureFactory(
        objective__plan=first.plan, responsible=[org], deadline=dt.date(2026, 7, 10)
    )
    Report.objects.create(
        period=first, measure=measure, organisation=org, status="in_progress",
        state=ReportState.SUBMITTED,
    )  # fmt: skip
    Report.objects.create(
        period=second, measure=measure, organisation=org, status="done", state=ReportState.DRAFT
    )
    [row] = plan_progress(second, today=dt.date(2026, 8, 1))
    assert row.status == S.OVERDUE  # the draft saying "done" is not the network's word yet
    [row] = plan_progress(first, today=dt.date(2026, 8, 1))
    assert row.status == S.IN_PROGRESS  # as of the first period's end, not yet late
