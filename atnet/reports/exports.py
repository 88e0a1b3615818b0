"""Every table as CSV and XLSX, with the same rows and numbers as the page.

A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR
first) is prefixed with an apostrophe: labels come from records people type.
"""

import csv
import io

from django.http import HttpResponse
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from .figures.base import Figure

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe(value):
    """A cell value a spreadsheet will show, never run."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def table(figure: Figure) -> list[list]:
    """Header, one line per row and the total, as plain values."""
    lines = [[_("Category"), *(str(label) for _key, label in figure.columns)]]
    rows = [*figure.rows, *([figure.total] if figure.total else [])]
    for row in rows:
        lines.append([row.label, *(row.values.get(key) for key, _label in figure.columns)])
    lines.extend([[note] for note in figure.notes])
    return [[safe(value) for value in line] for line in lines]


def csv_response(figure: Figure, filename: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    response.write("\ufeff")  # so spreadsheet programs read ș, ț and Cyrillic as UTF-8
    writer = csv.writer(response)
    # The header row comes first, so CSV readers (pandas, spreadsheet imports) find the
    # columns; the figure's title and period are in the file name.
    writer.writerows([["" if value is None else value for value in line] for line in table(figure)])
    return response


def workbook(figures: list[Figure]) -> bytes:
    """One sheet per figure: its title, the table and the notes."""
    book = Workbook()
    book.remove(book.active)
    for figure in figures:
        sheet = book.create_sheet(figure.slug[:31])
        sheet.append([safe(figure.title)])
        sheet["A1"].font = Font(bold=True)
        for line in table(figure):
            sheet.append(line)
        sheet.column_dimensions["A"].width = 48
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsx_response(figures: list[Figure], filename: str) -> HttpResponse:
    response = HttpResponse(workbook(figures), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
