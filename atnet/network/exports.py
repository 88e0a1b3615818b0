"""CSV and XLSX exports of a filtered activity listing, for coordinators."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

# A spreadsheet runs a cell beginning with one of these as a formula: a title
# typed by a member must stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _headers() -> list[str]:
    return [
        _("Title"), _("Organisation"), _("Type of organisation"), _("Domains"), _("Regions"),
        _("Start"), _("End"), _("Status"), _("Target groups"), _("Partner organisations"),
        _("Public"),
    ]  # fmt: skip


def _row(activity) -> list[str]:
    return [
        _safe(activity.title),
        _safe(activity.organisation.name),
        activity.organisation.get_type_display(),
        "; ".join(activity.get_domains_display()),
        _safe("; ".join(unit.name for unit in activity.regions.all())),
        activity.start_date.isoformat(),
        activity.end_date.isoformat() if activity.end_date else "",
        activity.get_status_display(),
        "; ".join(activity.get_target_groups_display()),
        _safe("; ".join(partner.name for partner in activity.partners.all())),
        _("yes") if activity.is_public else _("no"),
    ]


def _filename(extension: str) -> str:
    return f"activities-{timezone.localdate():%Y-%m-%d}.{extension}"


def activities_csv(activities) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    response.write("\ufeff")  # so that spreadsheet programs read UTF-8 (ș, ț, Cyrillic)
    writer = csv.writer(response)
    writer.writerow(_headers())
    writer.writerows(_row(activity) for activity in activities)
    return response


def activities_xlsx(activities) -> HttpResponse:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Activities")[:31])
    sheet.append(_headers())
    for activity in activities:
        sheet.append(_row(activity))
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename("xlsx")}"'
    return response
