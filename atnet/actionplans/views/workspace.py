"""The focal point's side: the measures her organisation reports on, each report, its files."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from atnet.accounts.roles import is_coordinator
from atnet.core.uploads import file_response

from .. import selectors
from ..forms import ReportForm
from ..models import EvidenceFile, Measure, ReportingPeriod, SessionSummary
from ..permissions import member_required, reporter_required
from ..services import ReportLocked, report_get_or_new, report_save


def _period(request, periods):
    wanted = request.GET.get("period", "")
    chosen = periods.filter(pk=wanted).first() if wanted.isdigit() and len(wanted) < 18 else None
    return chosen or periods.first()


@reporter_required
def home(request):
    periods = selectors.open_periods()
    period = _period(request, periods)
    organisation_ids = selectors.focal_organisation_ids(request.user)
    rows = []
    if period is not None:
        reports = selectors.reports_of(period, organisation_ids)
        for measure in selectors.measures_to_report(organisation_ids, period):
            org = next((o for o in measure.responsible.all() if o.pk in organisation_ids), None)
            rows.append((measure, reports.get((measure.pk, org.pk if org else None))))
    context = {
        "periods": periods,
        "period": period,
        "rows": rows,
        "is_coordinator": is_coordinator(request.user),
    }
    return render(request, "actionplans/workspace/home.html", context)


def _reportable(request, period_pk: int, measure_pk: int):
    """The period, measure and organisation, or 404 unless the user reports on the measure."""
    period = get_object_or_404(ReportingPeriod.objects.select_related("plan"), pk=period_pk)
    measure = get_object_or_404(Measure, pk=measure_pk, plan=period.plan)
    organisation = selectors.reporting_organisation(request.user, measure)
    if organisation is None:
        raise Http404
    return period, measure, organisation


@reporter_required
def report(request, period_pk: int, measure_pk: int):
    period, measure, organisation = _reportable(request, period_pk, measure_pk)
    current = report_get_or_new(period=period, measure=measure, organisation=organisation)
    context = {"period": period, "measure": measure, "organisation": organisation}
    if current.pk and current.is_submitted:
        status = 403 if request.method == "POST" else 200
        if status == 403:
            messages.error(
                request, _("This report was submitted; ask the coordinator to reopen it.")
            )
        return render(
            request,
            "actionplans/workspace/report_locked.html",
            {**context, "report": current},
            status=status,
        )
    submit = request.method == "POST" and "submit" in request.POST
    form = ReportForm(
        request.POST or None,
        request.FILES or None,
        indicators=measure.indicators.order_by("order", "pk"),
        evidence=selectors.evidence_choices(organisation),
        submit=submit,
        initial=_initial(current),
    )
    if request.method == "POST" and form.is_valid():
        try:
            _save(request, current, form, submit)
        except ReportLocked:  # submitted meanwhile, in another tab
            raise Http404 from None
        messages.success(request, _("Report submitted.") if submit else _("Draft saved."))
        return redirect(f"{_home_url()}?period={period.pk}")
    if request.method == "POST":
        messages.error(request, _("Nothing was changed: correct the fields marked below."))
    status = 400 if request.method == "POST" else 200
    context |= {"form": form, "report": current}
    return render(request, "actionplans/workspace/report_form.html", context, status=status)


def _home_url() -> str:
    from django.urls import reverse

    return reverse("actionplans:workspace")


def _initial(report) -> dict:
    if not report.pk:
        return {}
    initial = {
        "status": report.status,
        "narrative": report.narrative,
        "narrative_language": report.narrative_language,
    }
    for name in ("activities", "sessions", "meetings", "materials", "projects"):
        initial[name] = list(getattr(report, name).values_list("pk", flat=True))
    for value in report.values.all():
        initial[f"indicator_{value.indicator_id}"] = value.value
    return initial


def _save(request, current, form, submit: bool) -> None:
    data = form.cleaned_data
    files = [data["file"]] if data.get("file") else []
    report_save(
        actor=request.user,
        report=current,
        data=data,
        values=form.indicator_values(),
        files=files,
        submit=submit,
    )


@member_required
def evidence_download(request, pk: int):
    """Private files leave only through here: to the report's organisation and the coordinator."""
    evidence = get_object_or_404(EvidenceFile.objects.select_related("report"), pk=pk)
    own = evidence.report.organisation_id in _member_organisation_ids(request.user)
    if not (own or is_coordinator(request.user)):
        raise Http404
    return file_response(evidence.file, cache="private, no-store")


def _member_organisation_ids(user) -> set[int]:
    return set(user.memberships.values_list("organisation_id", flat=True))


@member_required
def summary_download(request, pk: int):
    """A session summary: members read the Committee's sessions, so they read its summary."""
    summary = get_object_or_404(SessionSummary, pk=pk)
    return file_response(summary.file, cache="private, no-store")
