"""Public API: the national action plans and each measure's aggregated progress.

Only what the public plan page shows: statuses, indicator totals, responsible
institutions and the narratives the coordinator published. No person, no draft.
"""

import datetime as dt
from decimal import Decimal

from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from atnet.api.common import LanguageCode, ObjectId, locale_for

from . import selectors
from .models import MeasureStatus

router = Router(tags=["action plans"])


class PlanOut(Schema):
    id: int
    slug: str
    title: str
    starts: dt.date
    ends: dt.date
    approving_act_url: str | None = None


class IndicatorOut(Schema):
    name: str
    target: Decimal | None
    reached: Decimal | None


class NarrativeOut(Schema):
    organisation: str
    language: str
    text: str


class MeasureOut(Schema):
    number: str
    objective: str
    objective_number: str
    text: str
    deadline: dt.date | None
    status: MeasureStatus
    responsible: list[str]
    indicators: list[IndicatorOut]
    narratives: list[NarrativeOut]


class PlanDetailOut(PlanOut):
    period: str | None
    measures: list[MeasureOut]


class ProgressFilters(Schema):
    objective: str | None = Field(None, max_length=20, description="Objective number")
    organisation: str | None = Field(None, max_length=120, description="Organisation slug")
    status: MeasureStatus | None = None


def _plan_out(plan, request) -> dict:
    act = plan.approving_act.localized if plan.approving_act else None
    return {
        "id": plan.pk,
        "slug": plan.slug,
        "title": plan.title,
        "starts": plan.starts,
        "ends": plan.ends,
        "approving_act_url": request.build_absolute_uri(act.url) if act and act.url else None,
    }


def _measure_out(row) -> dict:
    measure = row.measure
    return {
        "number": measure.number,
        "objective": measure.objective.title,
        "objective_number": measure.objective.number,
        "text": measure.text,
        "deadline": measure.deadline,
        "status": row.status,
        # Institutions whose profile is for members only stay unnamed, as in the directory.
        "responsible": [o.organisation.name for o in row.organisations if o.organisation.is_public],
        "indicators": [
            {"name": item.indicator.name, "target": item.indicator.target, "reached": item.reached}
            for item in row.progress
        ],
        "narratives": [
            {
                "organisation": org.organisation.name if org.organisation.is_public else "",
                "language": org.report.narrative_language,
                "text": org.report.narrative,
            }
            for org in row.organisations
            if org.report and org.report.is_submitted and org.report.narrative_public
        ],
    }


@router.get("/action-plans", response=list[PlanOut], summary="National action plans")
def plan_list(request, lang: LanguageCode | None = None):
    locale_for(lang, request)
    plans = selectors.public_plans().select_related("approving_act")
    return [_plan_out(plan, request) for plan in plans]


@router.get(
    "/action-plans/{plan_id}",
    response=PlanDetailOut,
    summary="A plan's measures with their aggregated status and indicator progress",
)
def plan_detail(
    request,
    plan_id: ObjectId,
    filters: Query[ProgressFilters],
    lang: LanguageCode | None = None,
):
    locale_for(lang, request)
    plan = get_object_or_404(selectors.public_plans().select_related("approving_act"), pk=plan_id)
    period = selectors.latest_period(plan)
    rows = selectors.plan_progress(period) if period else []
    if filters.objective:
        rows = [row for row in rows if row.measure.objective.number == filters.objective]
    if filters.organisation:
        rows = [
            row
            for row in rows
            if any(
                o.organisation.slug == filters.organisation and o.organisation.is_public
                for o in row.organisations
            )
        ]
    if filters.status:
        rows = [row for row in rows if row.status == filters.status]
    return {
        **_plan_out(plan, request),
        "period": period.label if period else None,
        "measures": [_measure_out(row) for row in rows],
    }
