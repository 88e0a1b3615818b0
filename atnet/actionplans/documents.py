"""The compiled monitoring report (PDF and DOCX) and the one-page summary for the Committee.

Both documents are built from one compilation (selectors.plan_progress), so the
PDF and the editable document always say the same. Headings follow the active
language (ro, en or ru); the reports' texts stay as their authors wrote them,
each marked with its language. The PDF reuses the fonts of the certificates
(atnet.trainings.pdf), which print Romanian and Russian.
"""

import io
from collections import Counter
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from atnet.trainings.pdf import fonts, plain

from .models import MeasureStatus, ReportingPeriod
from .selectors import plan_progress
from .status import plain_number


def _text(value) -> str:
    value = str(value if value is not None else "")
    return escape(value if fonts()[2] else plain(value))


def _styles() -> dict:
    regular, bold, _unicode = fonts()
    return {
        "title": ParagraphStyle("t", fontName=bold, fontSize=17, leading=21, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=12.5, leading=15, spaceBefore=8),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=10, leading=13, spaceBefore=6),
        "body": ParagraphStyle("b", fontName=regular, fontSize=9, leading=11.5),
        "org": ParagraphStyle("o", fontName=bold, fontSize=9, leading=11.5, leftIndent=8),
        "item": ParagraphStyle("i", fontName=regular, fontSize=8.5, leading=11, leftIndent=16),
    }


def _title(period: ReportingPeriod) -> str:
    return _("Monitoring report: %(plan)s, %(period)s") % {
        "plan": period.plan.title,
        "period": period.label,
    }


def _lines(row, indicators) -> list[tuple[str, str]]:
    """What one organisation reported on one measure, as (style, text) lines."""
    lines = [("org", f"{row.organisation.name} — {row.status.label}")]
    for indicator in indicators:
        if indicator.pk in row.values:
            lines.append(("item", _indicator_line(indicator, row.values[indicator.pk])))
    report = row.report
    if report is None:
        lines.append(("item", _("No report submitted.")))
        return lines
    if report.narrative:
        language = report.get_narrative_language_display()
        lines.append(("item", f"[{language}] {report.narrative}"))
    lines += [("item", f"{kind}: {text}") for kind, text in row.evidence]
    return lines


def _indicator_line(indicator, value) -> str:
    target = plain_number(indicator.target) if indicator.target is not None else "—"
    return _("%(indicator)s: %(value)s (target %(target)s)") % {
        "indicator": indicator.name,
        "value": plain_number(value),
        "target": target,
    }


def _outline(period: ReportingPeriod):
    """(objective, [(measure progress, lines)]) in the plan's order."""
    groups = []
    for progress in plan_progress(period, with_evidence=True):
        objective = progress.measure.objective
        if not groups or groups[-1][0] != objective:
            groups.append((objective, []))
        lines = [
            line for row in progress.organisations for line in _lines(row, progress.indicators)
        ]
        groups[-1][1].append((progress, lines))
    return groups


def _made() -> str:
    return _("Compiled from the reports in the platform on %(day)s.") % {
        "day": date_format(timezone.localdate(), "j E Y")
    }


def monitoring_report_pdf(period: ReportingPeriod) -> bytes:
    st = _styles()
    story = [Paragraph(_text(_title(period)), st["title"]), Paragraph(_text(_made()), st["body"])]
    for objective, measures in _outline(period):
        story.append(Paragraph(_text(str(objective)), st["h2"]))
        for progress, lines in measures:
            heading = f"{progress.measure.number} {progress.measure.text} — {progress.status.label}"
            story.append(Paragraph(_text(heading), st["h3"]))
            story += [Paragraph(_text(text), st[style]) for style, text in lines]
    return _build(story, _title(period))


def _build(story, title: str) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
        bottomMargin=15 * mm, title=title, author="atnet", lang=get_language(),
    )  # fmt: skip
    doc.build(story)
    return buffer.getvalue()


def monitoring_report_docx(period: ReportingPeriod) -> bytes:
    from docx import Document

    document = Document()
    document.core_properties.title = _title(period)
    document.core_properties.language = get_language() or "ro"
    document.add_heading(_title(period), level=0)
    document.add_paragraph(_made())
    for objective, measures in _outline(period):
        document.add_heading(str(objective), level=1)
        for progress, lines in measures:
            heading = f"{progress.measure.number} {progress.measure.text} — {progress.status.label}"
            document.add_heading(heading, level=2)
            for style, text in lines:
                paragraph = document.add_paragraph(style=None if style == "org" else "List Bullet")
                paragraph.add_run(text).bold = style == "org"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def summary_counts(period: ReportingPeriod) -> dict:
    """Measures by status and how many responsible organisations have reported."""
    progress = plan_progress(period)
    statuses = Counter(row.status for row in progress)
    pairs = [(row.measure.pk, org.organisation.pk) for row in progress for org in row.organisations]
    reported = sum(
        1 for row in progress for org in row.organisations
        if org.report is not None and org.report.period_id == period.pk
    )  # fmt: skip
    return {
        "measures": len(progress),
        "statuses": [(status.label, statuses.get(status, 0)) for status in MeasureStatus],
        "expected": len(pairs),
        "reported": reported,
    }


def summary_pdf(period: ReportingPeriod) -> bytes:
    """One page for a National Committee session: the plan's state in figures."""
    st = _styles()
    counts = summary_counts(period)
    title = _("Summary for the National Committee: %(plan)s, %(period)s") % {
        "plan": period.plan.title,
        "period": period.label,
    }
    story = [Paragraph(_text(title), st["title"]), Paragraph(_text(_made()), st["body"])]
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(_text(_("Measures: %(n)s") % {"n": counts["measures"]}), st["h3"]))
    for label, number in counts["statuses"]:
        story.append(Paragraph(_text(f"{label}: {number}"), st["item"]))
    reported = _("Reports submitted for this period: %(done)s of %(expected)s") % {
        "done": counts["reported"],
        "expected": counts["expected"],
    }
    story.append(Paragraph(_text(reported), st["h3"]))
    return _build(story, title)
