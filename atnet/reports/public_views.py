"""The public figures page and its exports (aggregates only, small cells suppressed)."""

from django import forms
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from . import exports
from .charts import chart
from .maps import all_units, public_maps
from .period import MAX_YEAR
from .public import (
    FIRST_YEAR,
    MAP_TABLES,
    for_export,
    headline,
    public_chart,
    public_figures,
    public_period,
)


class YearForm(forms.Form):
    year = forms.IntegerField(
        label=_("Year"), required=False, min_value=FIRST_YEAR, max_value=MAX_YEAR,
        help_text=_("Leave empty for every year."),
    )  # fmt: skip

    def chosen_year(self) -> int | None:
        return self.cleaned_data.get("year") if self.is_valid() else None


def figures_page(request, page):
    form = YearForm(request.GET or None)
    year = form.chosen_year()
    period = public_period(year)
    tables = public_figures(period)
    for table in tables:
        table.svg = chart(public_chart(table), f"chart-{table.slug}")
    context = {
        **page.get_context(request),
        "form": form,
        "year": year,
        "tables": [table for table in tables if table.slug not in MAP_TABLES],
        "all_tables": tables,
        "maps": public_maps(tables, all_units()),
        "headline": headline(tables),
        "xlsx_url": page.url + page.reverse_subpage("tables", args=["xlsx"]),
        "csv_url": page.url + page.reverse_subpage("tables", args=["csv"]),
    }
    return TemplateResponse(request, "reports/figures_page.html", context)


def figures_export(request, page, fmt: str):
    if fmt not in ("csv", "xlsx"):
        raise Http404
    year = YearForm(request.GET or None).chosen_year()
    tables = [for_export(table) for table in public_figures(public_period(year))]
    name = f"atnet-in-figures-{year or 'all'}"
    if fmt == "xlsx":
        return exports.xlsx_response(tables, name)
    slug = request.GET.get("table") or tables[0].slug
    table = next((t for t in tables if t.slug == slug), None)
    if table is None:
        raise Http404
    return exports.csv_response(table, f"{name}-{slug}")
