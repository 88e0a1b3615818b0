"""The coordinators' dashboard, the records behind each figure, exports and the annual report."""

from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation

from atnet.core.pagination import paginate

from . import exports
from .charts import chart
from .figures import BY_SLUG, SPECS, dashboard
from .grid import grid, layer_or_default
from .maps import all_units, coverage_map
from .pdf import annual_report_pdf
from .period import PeriodForm
from .permissions import coordinator_required
from .records import RECORDS

LANGUAGES = ("ro", "en", "ru")


def _period(request):
    form = PeriodForm(request.GET or None)
    return form, form.period()


def _link(slug: str, period, key: str | None) -> str:
    params = period.query() | ({} if key is None else {"key": key})
    return f"{reverse('reports:records', args=[slug])}?{urlencode(params)}"


def _decorate(figure, period):
    """Adds to each row its records link and to the figure its chart and export links."""
    for row in figure.rows:
        row.url = _link(figure.slug, period, row.key)
    if figure.total:
        figure.total.url = _link(figure.slug, period, None)
    figure.svg = chart(figure, f"chart-{figure.slug}")
    query = urlencode(period.query())
    figure.csv_url = f"{reverse('reports:export', args=[figure.slug, 'csv'])}?{query}"
    figure.xlsx_url = f"{reverse('reports:export', args=[figure.slug, 'xlsx'])}?{query}"
    return figure


@coordinator_required
def dashboard_view(request):
    form, period = _period(request)
    figures = [_decorate(figure, period) for figure in dashboard(period)]
    by_slug = {figure.slug: figure for figure in figures}
    context = {
        "form": form,
        "period": period,
        "figures": figures,
        "summary": _summary(by_slug),
        "grid": grid(by_slug, layer_or_default(request.GET.get("layer"))),
        "coverage_map": coverage_map(by_slug, all_units(), url=_region_url),
        "query": urlencode(period.query()),
        "languages": LANGUAGES,
    }
    return render(request, "reports/dashboard.html", context)


def _region_url(code: str) -> str:
    """A unit of the coverage map links to who works there on what (the region overview)."""
    return reverse("network:region", args=[code])


def _summary(by_slug) -> dict:
    meetings = by_slug["participants-by-unit"].total
    trained = by_slug["trained-by-profession"].total
    return {
        "meetings": sum(row["count"] for row in by_slug["meetings-by-series"].rows),
        "participants": meetings,
        "trained": trained,
    }


@coordinator_required
def records_view(request, slug: str):
    spec = BY_SLUG.get(slug)
    if spec is None:
        raise Http404
    form, period = _period(request)
    key = request.GET.get("key")
    kind = RECORDS[spec.records]
    rows = kind.prepare(spec.records_of(period, key))
    context = {
        "spec": spec,
        "period": period,
        "kind": kind,
        "key": key,
        "items": paginate(request, rows),
        "back": f"{reverse('reports:dashboard')}?{urlencode(period.query())}",
    }
    return render(request, "reports/records.html", context)


@coordinator_required
def export_view(request, slug: str, fmt: str):
    _form, period = _period(request)
    if slug == "all" and fmt == "xlsx":
        return exports.xlsx_response(
            dashboard(period), f"atnet-figures-{period.start}-{period.end}"
        )
    spec = BY_SLUG.get(slug)
    if spec is None or fmt not in ("csv", "xlsx"):
        raise Http404
    figure = spec.compute(period)
    name = f"{slug}-{period.start}-{period.end}"
    if fmt == "csv":
        return exports.csv_response(figure, name)
    return exports.xlsx_response([figure], name)


@coordinator_required
def annual_report_view(request):
    form, period = _period(request)
    language = request.GET.get("lang") if request.GET.get("lang") in LANGUAGES else None
    with translation.override(language or translation.get_language()):
        content = annual_report_pdf(period)
    response = HttpResponse(content, content_type="application/pdf")
    filename = f"atnet-annual-report-{period.start.year}-{language or translation.get_language()}"
    response["Content-Disposition"] = f'attachment; filename="{filename}.pdf"'
    return response


__all__ = ["SPECS", "annual_report_view", "dashboard_view", "export_view", "records_view"]
