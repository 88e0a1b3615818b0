"""The annual report as a PDF in the chosen language: figures, charts, the region grid and lists.

Charts are drawn with reportlab.graphics from the same figures as the page's
SVG; fonts come from the trainings app (DejaVu when installed, so ș ț and
Cyrillic print).
"""

import io
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from reportlab.graphics.shapes import Drawing, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from atnet.core.pdf import header_cells
from atnet.trainings.pdf import fonts, plain

from .charts import GENDER_FILLS, MAX_BARS, PLAIN
from .figures import dashboard
from .lists import meeting_list, project_list, session_list
from .maps import all_units, coverage_map, public_maps
from .period import Period
from .public import count_table, people_table
from .raster import drawing_image, map_image, swatch_image

WIDTH = A4[0] - 30 * mm
# Figures the report shows as maps instead (with small counts of people not published).
MAPPED = {"trained-by-unit"}
MAX_TABLE_ROWS = 30
LIST_STYLE = TableStyle(
    [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c8ccd2")),
    ]
)


def text(value) -> str:
    """Text for a Paragraph: escaped, transliterated when no Unicode font is installed."""
    value = str(value if value is not None else "")
    return escape(value if fonts()[2] else plain(value))


def styles() -> dict[str, ParagraphStyle]:
    regular, bold, _unicode = fonts()
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=20, leading=24, spaceAfter=8),
        "h2": ParagraphStyle(
            "h2", fontName=bold, fontSize=13, leading=16, spaceBefore=10, spaceAfter=4
        ),
        "body": ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=8, leading=9.5),
    }


class Bookmark(Flowable):
    """An entry in the PDF's outline, so a reader (and a test) finds each chart."""

    def __init__(self, key: str, title: str):
        super().__init__()
        self.key, self.title = key, str(title)
        self.width = self.height = 0

    def draw(self):
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


def annual_report_pdf(period: Period) -> bytes:
    """The report for the period in the active language."""
    st = styles()
    figures = dashboard(period)
    by_slug = {figure.slug: figure for figure in figures}
    story = _cover(period, st)
    for figure in figures:
        if figure.slug not in MAPPED:
            story.extend(_figure(figure, st))
    story.extend(_maps(by_slug, st))
    story.extend(_lists(period, st))
    buffer = io.BytesIO()
    title = _("Annual report %(year)s") % {"year": period.start.year}
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
        bottomMargin=15 * mm, title=title, author="atnet", lang=get_language(),
    )  # fmt: skip
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
    return buffer.getvalue()


def _footer(canvas, doc):
    canvas.saveState()
    canvas.setFont(fonts()[0], 7.5)
    canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, str(doc.page))
    canvas.restoreState()


def _cover(period: Period, st) -> list:
    title = _("Annual report %(year)s") % {"year": period.start.year}
    scope = _("Period: %(start)s – %(end)s.") % {
        "start": date_format(period.start, "DATE_FORMAT"),
        "end": date_format(period.end, "DATE_FORMAT"),
    }  # fmt: skip
    made = _("Every figure is computed from the records of the platform on %(day)s.") % {
        "day": date_format(timezone.localdate(), "DATE_FORMAT")
    }
    return [Paragraph(text(title), st["title"]), Paragraph(text(scope), st["body"]),
            Paragraph(text(made), st["body"]), Spacer(1, 6 * mm)]  # fmt: skip


def _figure(figure, st) -> list:
    parts = [Bookmark(figure.slug, figure.title), Paragraph(text(figure.title), st["h2"])]
    parts += [Paragraph(text(note), st["small"]) for note in figure.notes]
    if any(row[figure.measure] for row in figure.rows):
        drawing = line_drawing(figure) if figure.chart == "line" else bar_drawing(figure)
        parts.append(drawing_image(drawing))
    parts.append(_table(figure, st))
    return [CondPageBreak(60 * mm), *parts, Spacer(1, 4 * mm)]


def _number(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, int):
        return str(value)
    return f"{float(value):.1f}".removesuffix(".0")


def _table(figure, st) -> Table:
    head = [_("Category"), *(str(label) for _key, label in figure.columns)]
    rows = [row for row in figure.rows if figure.chart != "line" or row[figure.measure]]
    body = [
        [row.label, *(_number(row[key]) for key, _l in figure.columns)]
        for row in rows[:MAX_TABLE_ROWS]
    ]
    if figure.total:
        body.append([_("Total"), *(_number(figure.total[key]) for key, _l in figure.columns)])
    if not body:
        body = [[_("No records in this period."), *[""] * len(figure.columns)]]
    first = WIDTH * 0.34
    widths = [first, *[(WIDTH - first) / len(figure.columns)] * len(figure.columns)]
    data = [header_cells(head, widths, st["cell"], text)]
    data += [[Paragraph(text(value), st["cell"]) for value in line] for line in body]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c8ccd2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    return table


def bar_drawing(figure) -> Drawing:
    """Horizontal bars (stacked by gender for counts of people), as in the page's SVG."""
    rows = [row for row in figure.rows if row[figure.measure]][:MAX_BARS]
    bar, gap, label_width = 10, 4, 150
    height = len(rows) * (bar + gap) + (16 if figure.people else 0) + 4
    drawing = Drawing(WIDTH, height)
    top = max(float(row[figure.measure]) for row in rows) or 1
    scale = (WIDTH - label_width - 40) / top
    regular = fonts()[0]
    for index, row in enumerate(rows):
        y = height - (index + 1) * (bar + gap)
        label = row.label if len(row.label) <= 38 else row.label[:37] + "…"
        drawing.add(
            String(
                label_width - 4,
                y + 2,
                _plain(label),
                fontName=regular,
                fontSize=7,
                textAnchor="end",
            )
        )
        x = label_width
        segments = (
            [(row[k] or 0, fill) for k, fill in GENDER_FILLS]
            if figure.people
            else [(row[figure.measure], PLAIN)]
        )
        for amount, fill in segments:
            width = float(amount) * scale
            if width:
                drawing.add(
                    Rect(x, y, width, bar, fillColor=colors.HexColor(fill), strokeColor=None)
                )
            x += width
        drawing.add(String(label_width + float(row[figure.measure]) * scale + 3, y + 2,
                           _number(row[figure.measure]), fontName=regular, fontSize=7))  # fmt: skip
    if figure.people:
        _legend(drawing, label_width, 2, regular)
    return drawing


def _plain(value: str) -> str:
    return value if fonts()[2] else plain(value)


def _legend(drawing, x0, y, font):
    names = {"women": _("Women"), "men": _("Men"), "other": _("Other"), "unstated": _("Not stated")}
    for index, (key, fill) in enumerate(GENDER_FILLS):
        x = x0 + index * 80
        drawing.add(Rect(x, y, 8, 8, fillColor=colors.HexColor(fill), strokeColor=None))
        drawing.add(String(x + 11, y + 1, _plain(names[key]), fontName=font, fontSize=7))


def line_drawing(figure) -> Drawing:
    height, left, bottom = 120, 30, 18
    values = [float(row[figure.measure] or 0) for row in figure.rows]
    peak = max(values) or 1
    step = (WIDTH - left - 10) / max(len(values) - 1, 1)
    plot = height - bottom - 8
    drawing = Drawing(WIDTH, height)
    regular = fonts()[0]
    drawing.add(PolyLine([left, bottom, left, bottom + plot], strokeColor=colors.grey))
    drawing.add(PolyLine([left, bottom, WIDTH - 5, bottom], strokeColor=colors.grey))
    drawing.add(
        String(
            left - 3,
            bottom + plot - 6,
            _number(peak),
            fontName=regular,
            fontSize=7,
            textAnchor="end",
        )
    )
    points = []
    for index, value in enumerate(values):
        points += [left + index * step, bottom + plot * value / peak]
    drawing.add(PolyLine(points, strokeColor=colors.HexColor(PLAIN), strokeWidth=1.5))
    every = max(1, len(values) // 8)
    for index in range(0, len(values), every):
        label = figure.rows[index].label
        x = left + index * step
        drawing.add(String(x, 4, label, fontName=regular, fontSize=7, textAnchor="middle"))
    return drawing


def _maps(by_slug, st) -> list:
    """The public maps (people trained: small counts not published) and the coverage map."""
    tables = [count_table(by_slug["meetings-by-unit"]), people_table(by_slug["trained-by-unit"])]
    units = all_units()
    parts = []
    for data in [*public_maps(tables, units), coverage_map(by_slug, units)]:
        parts += [CondPageBreak(150 * mm), Bookmark(data.slug, data.title),
                  Paragraph(text(data.title), st["h2"])]  # fmt: skip
        parts += [Paragraph(text(note), st["small"]) for note in data.notes]
        legend = Table(
            [[swatch_image(data, c.key), Paragraph(text(f"{c.label} ({c.count})"), st["cell"])]
             for c in data.classes],
            colWidths=[7 * mm, WIDTH - 95 * mm - 12 * mm],
        )  # fmt: skip
        layout = Table([[map_image(data), legend]], colWidths=[98 * mm, WIDTH - 98 * mm])
        layout.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        parts += [layout, Paragraph(text(data.credit), st["small"]), Spacer(1, 2 * mm)]
        parts += [_map_table(data, st), Spacer(1, 4 * mm)]
    return parts


def _map_table(data, st) -> Table:
    """Every unit with its value and class, in two halves side by side."""
    half = (len(data.units) + 1) // 2
    cells = [[_("Unit"), str(data.measure)] * 2]
    for left, right in zip(data.units[:half], [*data.units[half:], None], strict=True):
        line = [left.name, left.display]
        line += [right.name, right.display] if right else ["", ""]
        cells.append(line)
    rows = [[Paragraph(text(value), st["cell"]) for value in line] for line in cells]
    table = Table(rows, colWidths=[WIDTH * 0.24, WIDTH * 0.26] * 2, repeatRows=1)
    table.setStyle(LIST_STYLE)
    return table


def _lists(period: Period, st) -> list:
    sections = [
        ("list-meetings", _("Meetings held"), [_("Date"), _("Meeting"), _("Host unit")],
         meeting_list(period)),
        ("list-trainings", _("Training sessions"),
         [_("Dates"), _("Course"), _("Unit"), _("People trained")], session_list(period)),
        ("list-projects", _("Projects"), [_("Project"), _("Status"), _("Domains"), _("Budget")],
         project_list(period)),
    ]  # fmt: skip
    parts = []
    for key, title, head, rows in sections:
        parts += [CondPageBreak(50 * mm), Bookmark(key, title), Paragraph(text(title), st["h2"])]
        if not rows:
            parts.append(Paragraph(text(_("No records in this period.")), st["body"]))
            continue
        widths = [WIDTH / len(head)] * len(head)
        data = [header_cells(head, widths, st["cell"], text)]
        data += [[Paragraph(text(value), st["cell"]) for value in line] for line in rows]
        table = Table(data, repeatRows=1, colWidths=widths)
        table.setStyle(LIST_STYLE)
        parts.append(table)
    return parts
