"""The demo plan: enough measures to explore, reports late and missing, evidence from the demos."""

import pytest

from atnet.meetings import demo as meetings_demo
from atnet.network import demo as network_demo

from .. import demo
from ..models import MeasureStatus, Plan, Report, ReportState
from ..selectors import plan_progress

pytestmark = pytest.mark.django_db


def test_the_demo_plan_has_late_missing_and_overdue_reports_and_is_idempotent():
    network_demo.demo_load()
    meetings_demo.demo_load()
    first = demo.demo_load()
    plan = Plan.objects.get()
    assert plan.objectives.count() >= 5 and plan.measures.count() >= 40
    assert plan.periods.count() == 2
    reports = Report.objects.filter(state=ReportState.SUBMITTED).select_related("period")
    assert any(report.is_late for report in reports)
    assert any(not report.is_late for report in reports)
    assert Report.objects.filter(state=ReportState.DRAFT).exists()
    assert Report.objects.filter(activities__isnull=False).exists()
    assert Report.objects.filter(meetings__isnull=False).exists()
    last = plan.periods.order_by("starts").last()
    statuses = {row.status for row in plan_progress(last)}
    assert {MeasureStatus.OVERDUE, MeasureStatus.DONE} <= statuses
    pairs = sum(m.responsible.count() for m in plan.measures.all())
    assert Report.objects.filter(period=last).count() < pairs  # some have not reported
    assert demo.demo_load() == first
    assert Report.objects.count() == first["reports"]
