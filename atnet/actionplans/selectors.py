"""Reads: who reports on what, what evidence an organisation may cite, progress and compilation."""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from atnet.meetings.models import Meeting
from atnet.network.models import Activity, Membership, Organisation, Role
from atnet.projects.models import ProjectPage
from atnet.support.models import Material
from atnet.trainings.models import Session

from .models import (
    Indicator,
    IndicatorValue,
    Measure,
    MeasureStatus,
    Plan,
    Report,
    ReportingPeriod,
    ReportState,
    plain_number,
)
from .status import aggregate_status, effective_status


def focal_organisation_ids(user) -> set[int]:
    """Organisations whose focal point `user` is: the only ones they report for."""
    if not user.is_authenticated:
        return set()
    return set(
        Membership.objects.filter(user=user, role=Role.FOCAL_POINT).values_list(
            "organisation_id", flat=True
        )
    )


def measures_to_report(organisation_ids: set[int], period: ReportingPeriod) -> QuerySet:
    return (
        Measure.objects.filter(plan=period.plan, responsible__in=organisation_ids)
        .distinct()
        .select_related("objective")
        .prefetch_related("responsible")
        .order_by("order", "pk")
    )


def reporting_organisation(user, measure: Measure) -> Organisation | None:
    """The organisation for which `user` reports on `measure` (the first, if several)."""
    return measure.responsible.filter(pk__in=focal_organisation_ids(user)).order_by("pk").first()


def open_periods(today: dt.date | None = None) -> QuerySet:
    """Periods that started, newest first: a late report is still welcome."""
    today = today or timezone.localdate()
    return (
        ReportingPeriod.objects.filter(starts__lte=today)
        .select_related("plan")
        .order_by("-due", "-pk")
    )


def reports_of(period: ReportingPeriod, organisation_ids: set[int]) -> dict:
    reports = Report.objects.filter(period=period, organisation__in=organisation_ids)
    return {(report.measure_id, report.organisation_id): report for report in reports}


def evidence_choices(organisation: Organisation) -> dict[str, QuerySet]:
    """The records an organisation may cite: its own, or those it took part in."""
    org = organisation.pk
    return {
        "activities": Activity.objects.filter(Q(organisation=org) | Q(partners=org))
        .distinct()
        .order_by("-start_date", "pk"),
        "sessions": Session.objects.filter(enrolments__participant__organisation=org)
        .distinct()
        .select_related("course")
        .order_by("-start_date", "pk"),
        "meetings": Meeting.objects.filter(
            Q(invitations__person__organisation=org)
            | Q(registrations__person__organisation=org)
            | Q(attendances__organisation=org)
        )
        .distinct()
        .select_related("series")
        .order_by("-starts_at", "pk"),
        "materials": Material.objects.filter(distributions__organisation=org)
        .distinct()
        .order_by("title_ro", "pk"),
        "projects": ProjectPage.objects.filter(
            partners__organisation=org, locale__language_code="ro"
        )
        .distinct()
        .order_by("title", "pk"),
    }


# --- The coordinator's overview -------------------------------------------------------


@dataclass
class OverviewRow:
    measure: Measure
    organisation: Organisation
    report: Report | None

    @property
    def submitted(self) -> bool:
        return self.report is not None and self.report.is_submitted


def period_overview(period: ReportingPeriod) -> list[OverviewRow]:
    """Every (measure, responsible organisation) of the period, with its report if any."""
    reports = {
        (report.measure_id, report.organisation_id): report
        for report in Report.objects.filter(period=period)
    }
    measures = (
        Measure.objects.filter(plan=period.plan)
        .prefetch_related(
            Prefetch("responsible", queryset=Organisation.objects.order_by("name_ro"))
        )
        .order_by("order", "pk")
    )
    return [
        OverviewRow(measure, org, reports.get((measure.pk, org.pk)))
        for measure in measures
        for org in measure.responsible.all()
    ]


def missing_organisations(period: ReportingPeriod) -> list[Organisation]:
    """Responsible organisations with at least one measure not yet submitted this period."""
    seen = {}
    for row in period_overview(period):
        if not row.submitted:
            seen.setdefault(row.organisation.pk, row.organisation)
    return sorted(seen.values(), key=lambda org: org.name_ro)


# --- Compilation (the monitoring report) and public progress -------------------------------


@dataclass
class OrganisationReport:
    organisation: Organisation
    report: Report | None
    status: MeasureStatus
    values: dict = field(default_factory=dict)  # indicator pk -> value
    evidence: list = field(default_factory=list)  # (kind label, text)


@dataclass
class IndicatorProgress:
    indicator: Indicator
    reached: Decimal | None  # summed over the responsible organisations' last reports

    @property
    def reached_display(self) -> str:
        return plain_number(self.reached)


@dataclass
class MeasureProgress:
    measure: Measure
    status: MeasureStatus
    organisations: list[OrganisationReport]
    indicators: list[Indicator]
    progress: list[IndicatorProgress]


def _reports_up_to(period: ReportingPeriod) -> QuerySet:
    """Submitted reports of the plan up to `period`, latest period first."""
    return (
        Report.objects.filter(
            period__plan=period.plan, state=ReportState.SUBMITTED, period__starts__lte=period.starts
        )
        .select_related("period")
        .prefetch_related(
            Prefetch("values", queryset=IndicatorValue.objects.order_by("pk")),
            "activities",
            "sessions__course",
            "meetings",
            "materials",
            "projects",
            "files",
        )
        .order_by("-period__starts", "-pk")
    )


def plan_progress(
    period: ReportingPeriod, *, today: dt.date | None = None, with_evidence: bool = False
) -> list[MeasureProgress]:
    """Each measure with each responsible organisation's last submitted report up to `period`.

    Statuses are as of the period's end (or today, while it runs): a compiled
    report of a past half-year says what was overdue then, not what is now.
    """
    today = min(today or timezone.localdate(), period.ends)
    latest = {}
    for report in _reports_up_to(period):
        latest.setdefault((report.measure_id, report.organisation_id), report)
    measures = (
        Measure.objects.filter(plan=period.plan)
        .select_related("objective")
        .prefetch_related(
            Prefetch("responsible", queryset=Organisation.objects.order_by("name_ro")),
            Prefetch("indicators", queryset=Indicator.objects.order_by("order", "pk")),
        )
        .order_by("objective__order", "order", "pk")
    )
    return [_measure_progress(measure, latest, today, with_evidence) for measure in measures]


def _measure_progress(measure, latest, today, with_evidence) -> MeasureProgress:
    rows = []
    for org in measure.responsible.all():
        report = latest.get((measure.pk, org.pk))
        status = effective_status(
            reported=report.status if report else None, deadline=measure.deadline, today=today
        )
        values = (
            {value.indicator_id: value.value for value in report.values.all()} if report else {}
        )
        evidence = evidence_list(report) if (report and with_evidence) else []
        rows.append(OrganisationReport(org, report, status, values, evidence))
    indicators = list(measure.indicators.all())
    progress = []
    for indicator in indicators:
        reached = [row.values[indicator.pk] for row in rows if indicator.pk in row.values]
        progress.append(IndicatorProgress(indicator, sum(reached) if reached else None))
    status = aggregate_status([row.status for row in rows])
    return MeasureProgress(measure, status, rows, indicators, progress)


def evidence_list(report: Report) -> list[tuple[str, str]]:
    """The evidence of a report as (kind, text) pairs, for the compiled documents."""
    from django.utils.translation import gettext as _

    items = [(_("Activity"), activity.title) for activity in report.activities.all()]
    items += [(_("Training"), str(session)) for session in report.sessions.all()]
    items += [(_("Meeting"), str(meeting)) for meeting in report.meetings.all()]
    items += [(_("Material"), material.title) for material in report.materials.all()]
    items += [(_("Project"), project.title) for project in report.projects.all()]
    items += [(_("File"), evidence.title) for evidence in report.files.all()]
    return items


def public_plans() -> QuerySet:
    return Plan.objects.filter(is_public=True).order_by("-starts", "pk")


def latest_period(plan: Plan, today: dt.date | None = None) -> ReportingPeriod | None:
    """The last period that has started (the first one before any has)."""
    today = today or timezone.localdate()
    periods = plan.periods.order_by("starts", "pk")
    return periods.filter(starts__lte=today).last() or periods.first()


def progress_filter(
    rows: list[MeasureProgress], *, objective=None, organisation=None, status=None
) -> list[MeasureProgress]:
    if objective:
        rows = [row for row in rows if row.measure.objective_id == objective.pk]
    if organisation:
        rows = [
            row
            for row in rows
            if any(o.organisation.pk == organisation.pk for o in row.organisations)
        ]
    if status:
        rows = [row for row in rows if row.status == status]
    return rows
