"""Printable A4 documents: the agenda and the sign-in sheet (reportlab, no system tools).

Romanian (ș ț ă) and Russian need a Unicode TrueType font; reportlab only ships
Bitstream Vera, which has neither, so DejaVu Sans or Liberation Sans (Debian's
fonts-dejavu-core / fonts-liberation) is used, or the file named in
ATNET_PDF_FONT. Without any, Helvetica prints the text without diacritics.
"""

import io
import os
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from atnet.core.pdf import header_cells

from . import selectors
from .models import Meeting

FONT_FILES = [
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    (
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ),
]
# Blank lines on the sheet for walk-ins who sign by hand.
BLANK_LINES = 8


@cache
def _fonts() -> tuple[str, str, bool]:
    configured = os.environ.get("ATNET_PDF_FONT", "")
    for regular, bold in [*([(configured, configured)] if configured else []), *FONT_FILES]:
        if os.path.exists(regular):
            pdfmetrics.registerFont(TTFont("MeetingSans", regular))
            pdfmetrics.registerFont(
                TTFont("MeetingSans-Bold", bold if os.path.exists(bold) else regular)
            )
            return "MeetingSans", "MeetingSans-Bold", True
    return "Helvetica", "Helvetica-Bold", False


def _text(value) -> str:
    text = str(value or "")
    if _fonts()[2]:
        return escape(text)
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    return escape(stripped.encode("latin-1", "ignore").decode("latin-1"))


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold, _unicode = _fonts()
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, spaceAfter=4),
        "meta": ParagraphStyle(
            "meta", fontName=regular, fontSize=10, leading=13, alignment=TA_LEFT
        ),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=9, leading=11),
        "head": ParagraphStyle("head", fontName=bold, fontSize=9, leading=11),
    }


def _heading(meeting: Meeting, styles, subtitle: str) -> list:
    start = timezone.localtime(meeting.starts_at)
    when = f"{date_format(start, 'l, j E Y, H:i')}–{timezone.localtime(meeting.ends_at):%H:%M}"
    lines = [
        Paragraph(_text(subtitle), styles["meta"]),
        Paragraph(_text(meeting.title), styles["title"]),
        Paragraph(_text(when), styles["meta"]),
    ]
    if meeting.location:
        lines.append(Paragraph(_text(meeting.location), styles["meta"]))
    return [*lines, Spacer(1, 6 * mm)]


def _table(rows: list[list], styles, widths: list[float]) -> Table:
    head, *body = rows
    data = [header_cells(head, widths, styles["head"], _text)]
    data += [[Paragraph(_text(c), styles["cell"]) for c in row] for row in body]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
            ]
        )
    )
    return table


def _build(story: list, pagesize) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title="atnet",
    )
    document.build(story)
    return buffer.getvalue()


def agenda_pdf(meeting: Meeting) -> bytes:
    styles = _styles()
    rows = [[_("No."), _("Item"), _("Presenter"), pgettext("duration", "Minutes")]]
    for number, item in enumerate(selectors.meeting_agenda(meeting), start=1):
        rows.append(
            [
                number,
                item.title,
                item.presenter.name if item.presenter else "",
                item.minutes_allotted,
            ]
        )
    story = [
        *_heading(meeting, styles, _("Agenda")),
        _table(rows, styles, [12 * mm, 105 * mm, 50 * mm, 13 * mm]),
    ]
    carried = list(selectors.carried_action_items(meeting))
    if carried:
        follow = [[_("Open action item"), _("Owner"), _("Due")]]
        follow += [[a.text, a.owner.name if a.owner else "", a.due_date or ""] for a in carried]
        story += [
            Spacer(1, 6 * mm),
            Paragraph(_text(_("Follow-up of open action items")), styles["head"]),
            Spacer(1, 2 * mm),
            _table(follow, styles, [110 * mm, 50 * mm, 20 * mm]),
        ]
    return _build(story, A4)


def sign_in_sheet_pdf(meeting: Meeting) -> bytes:
    """Landscape A4: the expected people, then blank lines for walk-ins."""
    styles = _styles()
    rows = [
        [_("No."), _("Full name"), _("Organisation"), _("Position"), _("Gender"), _("Signature")]
    ]
    for number, row in enumerate(selectors.attendance_sheet(meeting), start=1):
        person, attendance = row.get("person"), row.get("attendance")
        name = person.full_name if person else row.get("name", "")
        position = (attendance and attendance.position) or (person and person.position) or ""
        gender = (
            (attendance and attendance.get_gender_display())
            or (person and person.get_gender_display())
            or ""
        )
        rows.append([number, name, row["organisation"], position, gender, ""])
    rows += [[len(rows) + i, "", "", "", "", ""] for i in range(BLANK_LINES)]
    widths = [12 * mm, 60 * mm, 70 * mm, 50 * mm, 22 * mm, 53 * mm]
    return _build(
        [*_heading(meeting, styles, _("Sign-in sheet")), _table(rows, styles, widths)],
        landscape(A4),
    )
