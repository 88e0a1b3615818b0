"""Writes: saving and submitting a report, reopening it, publishing a narrative, summaries."""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from atnet.core.services import log_action

from .models import (
    EvidenceFile,
    IndicatorValue,
    Measure,
    Report,
    ReportingPeriod,
    ReportState,
    SessionSummary,
)

EVIDENCE_FIELDS = ("activities", "sessions", "meetings", "materials", "projects")


class ReportLocked(Exception):
    """A submitted report changes only after the coordinator reopens it."""


def report_get_or_new(*, period: ReportingPeriod, measure: Measure, organisation) -> Report:
    report = Report.objects.filter(
        period=period, measure=measure, organisation=organisation
    ).first()
    return report or Report(period=period, measure=measure, organisation=organisation)


@transaction.atomic
def report_save(
    *, actor, report: Report, data: dict, values: dict, files: list, submit: bool
) -> Report:
    """Save the report's fields, indicator values, evidence and new files; submit if asked."""
    if report.pk and report.is_submitted:
        raise ReportLocked
    for name in ("status", "narrative", "narrative_language"):
        setattr(report, name, data[name])
    if submit:
        report.state = ReportState.SUBMITTED
        report.submitted_at = timezone.now()
        report.submitted_by = actor
    report.full_clean()
    report.save()
    for name in EVIDENCE_FIELDS:
        getattr(report, name).set(data[name])
    _values_save(report, values)
    for upload in files:
        EvidenceFile.objects.create(
            report=report, title=upload.name[:255], file=upload, uploaded_by=actor
        )
    log_action(
        actor=actor,
        action="actionplans.report_submit" if submit else "actionplans.report_save",
        obj=report,
        data={"fields": ["status", "narrative", *EVIDENCE_FIELDS], "files": len(files)},
    )
    return report


def _values_save(report: Report, values: dict) -> None:
    """Indicator pk -> value; an empty value removes what was recorded before."""
    for indicator_pk, value in values.items():
        if value is None:
            IndicatorValue.objects.filter(report=report, indicator_id=indicator_pk).delete()
        else:
            IndicatorValue.objects.update_or_create(
                report=report, indicator_id=indicator_pk, defaults={"value": value}
            )


def report_reopen(*, actor, report: Report) -> Report:
    if not report.is_submitted:
        raise ValidationError(_("Only a submitted report can be reopened."))
    report.state = ReportState.DRAFT
    report.save(update_fields=["state", "updated_at"])
    log_action(actor=actor, action="actionplans.report_reopen", obj=report)
    return report


def report_narrative_publish(*, actor, report: Report, public: bool) -> Report:
    if public and not report.is_submitted:
        raise ValidationError(_("Only a submitted report's narrative can be published."))
    report.narrative_public = public
    report.save(update_fields=["narrative_public", "updated_at"])
    log_action(
        actor=actor, action="actionplans.narrative_publish", obj=report, data={"public": public}
    )
    return report


def summary_attach(*, actor, period: ReportingPeriod, session, content: bytes) -> SessionSummary:
    summary = SessionSummary(period=period, session=session, created_by=actor)
    summary.file.save(f"summary-{period.pk}-{session.pk}.pdf", ContentFile(content), save=False)
    summary.save()
    log_action(actor=actor, action="actionplans.summary_attach", obj=summary)
    return summary
