"""The coordinator's side: each period's overview, chasing, reopening, compiled documents."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from atnet.meetings.models import CommitteeSession

from .. import documents, selectors
from ..forms import SummaryAttachForm
from ..models import Report, ReportingPeriod
from ..permissions import coordinator_required
from ..services import report_narrative_publish, report_reopen, summary_attach
from ..tasks import missing_chase

FORMATS = {
    "pdf": ("application/pdf", documents.monitoring_report_pdf),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        documents.monitoring_report_docx,
    ),
}
LANGUAGES = ("ro", "en", "ru")


def _period(pk: int) -> ReportingPeriod:
    return get_object_or_404(ReportingPeriod.objects.select_related("plan"), pk=pk)


def _sessions():
    return CommitteeSession.objects.order_by("-starts_at", "-pk")


@coordinator_required
def overview(request, pk: int):
    period = _period(pk)
    rows = selectors.period_overview(period)
    context = {
        "period": period,
        "periods": period.plan.periods.order_by("starts", "pk"),
        "rows": rows,
        "missing": selectors.missing_organisations(period),
        "submitted": sum(1 for row in rows if row.submitted),
        "attach_form": SummaryAttachForm(sessions=_sessions()),
        "summaries": period.summaries.select_related("session"),
    }
    return render(request, "actionplans/workspace/overview.html", context)


@require_POST
@coordinator_required
def chase(request, pk: int):
    period = _period(pk)
    missing = len(selectors.missing_organisations(period))
    if missing:
        missing_chase.enqueue(period_id=period.pk)
        messages.success(
            request,
            _("Reminders are on their way to the %(count)s organisations that have not reported.")
            % {"count": missing},
        )
    else:
        messages.info(request, _("Every organisation has reported: nothing to send."))
    return redirect("actionplans:overview", pk=period.pk)


@require_POST
@coordinator_required
def reopen(request, pk: int):
    report = get_object_or_404(Report, pk=pk)
    try:
        report_reopen(actor=request.user, report=report)
        messages.success(request, _("The report is open again for its organisation."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("actionplans:overview", pk=report.period_id)


@require_POST
@coordinator_required
def publish(request, pk: int):
    report = get_object_or_404(Report, pk=pk)
    public = request.POST.get("public") == "1"
    try:
        report_narrative_publish(actor=request.user, report=report, public=public)
        messages.success(request, _("Saved."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("actionplans:overview", pk=report.period_id)


def _language(request) -> str:
    language = request.GET.get("lang") or translation.get_language()
    return language if language in LANGUAGES else "ro"


@coordinator_required
def compiled(request, pk: int, fmt: str):
    if fmt not in FORMATS:
        raise Http404
    period = _period(pk)
    content_type, build = FORMATS[fmt]
    language = _language(request)
    with translation.override(language):
        content = build(period)
    response = HttpResponse(content, content_type=content_type)
    name = f"monitoring-{period.plan.slug}-{period.pk}-{language}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response


@coordinator_required
def summary(request, pk: int):
    period = _period(pk)
    with translation.override(_language(request)):
        content = documents.summary_pdf(period)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="summary-{period.pk}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@coordinator_required
def attach(request, pk: int):
    period = _period(pk)
    form = SummaryAttachForm(request.POST, sessions=_sessions())
    if not form.is_valid():
        messages.error(request, _("Choose a National Committee session."))
        return redirect("actionplans:overview", pk=period.pk)
    session = form.cleaned_data["session"]
    summary_attach(
        actor=request.user, period=period, session=session, content=documents.summary_pdf(period)
    )
    messages.success(request, _("The summary is attached to the session."))
    return redirect("actionplans:overview", pk=period.pk)
