"""Dates and words as each language writes them: formats, spans, contexts, PDF headers."""

import datetime as dt
import io
from pathlib import Path

import polib
import pytest
from django.utils import translation
from django.utils.formats import date_format
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table

from atnet.core.dates import date_span
from atnet.core.pdf import header_cells
from atnet.meetings.pdf import _styles, agenda_pdf

DAY = dt.date(2026, 12, 17)
PROJECT = Path(__file__).resolve().parents[2]

# Source strings used with more than one meaning: each use must carry one of
# these contexts, so that a translator sees (and translates) each meaning.
AMBIGUOUS = {"Minutes": {"meeting record", "duration"}}


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ro", "17 decembrie 2026"), ("ru", "17 декабря 2026 г."), ("en", "17 December 2026")],
)
def test_one_date_format_per_language(language, expected):
    with translation.override(language):
        assert date_format(DAY, "DATE_FORMAT") == expected
        if language == "ro":  # month names in lowercase, standing alone too
            assert date_format(DAY, "YEAR_MONTH_FORMAT") == "decembrie 2026"


@pytest.mark.parametrize(
    ("language", "start", "expected"),
    [
        ("ro", dt.date(2026, 12, 15), "15–17 decembrie 2026"),
        ("ro", dt.date(2026, 11, 30), "30 noiembrie – 17 decembrie 2026"),
        ("ru", dt.date(2026, 11, 30), "30 ноября – 17 декабря 2026 г."),
        ("en", dt.date(2026, 12, 15), "15–17 December 2026"),
        ("en", dt.date(2025, 12, 30), "30 December 2025 – 17 December 2026"),
        ("ro", DAY, "17 decembrie 2026"),
    ],
)
def test_a_span_within_one_year_shows_the_year_once(language, start, expected):
    with translation.override(language):
        assert date_span(start, DAY) == expected


def test_every_msgid_with_two_meanings_has_a_context():
    catalogues = sorted(PROJECT.glob("**/locale/*/LC_MESSAGES/django.po"))
    assert catalogues
    found = {msgid: set() for msgid in AMBIGUOUS}
    for path in catalogues:
        for entry in polib.pofile(str(path)):
            if entry.obsolete or entry.msgid not in AMBIGUOUS:
                continue
            assert entry.msgctxt in AMBIGUOUS[entry.msgid], f"{path}: {entry.msgid!r}"
            found[entry.msgid].add(entry.msgctxt)
    assert found == AMBIGUOUS
    with translation.override("ro"):
        assert translation.pgettext("duration", "Minutes") != translation.pgettext(
            "meeting record", "Minutes"
        )


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_table_headers_wrap_between_words_never_inside_one():
    styles = _styles()
    labels = ["Женщины", "Мужчины и мальчики", "Participanți"]
    widths = [14 * mm, 16 * mm, 15 * mm]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Table([header_cells(labels, widths, styles["head"]), ["1", "2", "3"]], colWidths=widths)]
    )
    lines = _pdf_text(buffer.getvalue()).split("\n")
    words = {word for line in lines for word in line.split()}
    assert {"Женщины", "Мужчины", "мальчики", "Participanți"} <= words


@pytest.mark.django_db
def test_the_agenda_pdf_heads_its_duration_column_as_a_duration():
    from atnet.meetings.models import AgendaItem
    from atnet.meetings.tests.factories import MeetingFactory

    meeting = MeetingFactory(title_ro="Ședința", title_ru="Заседание")
    AgendaItem.objects.create(meeting=meeting, title_ro="Deschiderea", minutes_allotted=20)
    with translation.override("ru"):
        russian = _pdf_text(agenda_pdf(meeting))
    with translation.override("ro"):
        romanian = _pdf_text(agenda_pdf(meeting))
    assert "Минуты" in russian and "Протокол" not in russian
    assert "Minute" in romanian and "Proces-verbal" not in romanian
    assert "ianuarie 2030" in romanian  # the month in lowercase
