"""Charts as server-rendered SVG: they print, need no JavaScript, and say what they show.

Each chart is an image with a title and a description (role="img",
aria-labelledby); the data table beside it in the page is the accessible
alternative and holds every value.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .figures.base import Figure

WIDTH = 640
LABEL_WIDTH = 210
BAR = 20
GAP = 8
MAX_BARS = 15
PLAIN = "#2f6fb3"
# Women, men, other, not stated: distinct in hue and in lightness (for grey print).
GENDER_FILLS = [
    ("women", "#6a1b9a"),
    ("men", "#4fa3d1"),
    ("other", "#e09f3e"),
    ("unstated", "#b0b0b0"),
]


def chart(figure: Figure, chart_id: str) -> str:
    """The figure's chart: a line over time or horizontal bars."""
    if not figure.rows:
        return ""
    if figure.chart == "line":
        return line_chart(figure, chart_id)
    return bar_chart(figure, chart_id)


def _svg(chart_id: str, title: str, desc: str, height: int, body: list[str]) -> str:
    # Every text inside was escaped above; the rest is numbers and fixed markup.
    return mark_safe(  # noqa: S308
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{chart_id}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>{"".join(body)}</svg>'
    )


def _short(text: str, size: int = 30) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def bar_chart(figure: Figure, chart_id: str) -> str:
    rows = [row for row in figure.rows if row[figure.measure]][:MAX_BARS]
    top = max((float(row[figure.measure]) for row in rows), default=0) or 1
    scale = (WIDTH - LABEL_WIDTH - 60) / top
    body = []
    for index, row in enumerate(rows):
        y = GAP + index * (BAR + GAP)
        body.append(f'<text x="{LABEL_WIDTH - 6}" y="{y + 14}" text-anchor="end" class="label">'
                    f"{escape(_short(row.label))}</text>")  # fmt: skip
        body.extend(_bar(figure, row, y, scale))
    height = GAP + len(rows) * (BAR + GAP) + (24 if figure.people else 0)
    if figure.people:
        body.extend(_legend(height - 18))
    return _svg(chart_id, figure.title, _bar_desc(figure, rows), max(height, 40), body)


def _bar(figure: Figure, row, y: int, scale: float) -> list[str]:
    value = row[figure.measure]
    parts, x = [], LABEL_WIDTH
    segments = [(row[key] or 0, fill) for key, fill in GENDER_FILLS] if figure.people else []
    for amount, fill in segments or [(float(value), PLAIN)]:
        width = float(amount) * scale
        if width:
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{BAR}" fill="{fill}"/>'
            )
        x += width
    end = LABEL_WIDTH + float(value) * scale
    parts.append(f'<text x="{end + 4:.1f}" y="{y + 14}" class="value">{_number(value)}</text>')
    return parts


def _legend(y: int) -> list[str]:
    names = {"women": _("Women"), "men": _("Men"), "other": _("Other"), "unstated": _("Not stated")}
    parts = []
    for index, (key, fill) in enumerate(GENDER_FILLS):
        x = LABEL_WIDTH + index * 100
        parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{fill}"/>')
        parts.append(f'<text x="{x + 16}" y="{y + 11}" class="legend">{escape(names[key])}</text>')
    return parts


def _bar_desc(figure: Figure, rows) -> str:
    if not rows:
        return _("No records in this period.")
    top = rows[0]
    return _("Bar chart of %(n)d rows; the largest is %(label)s with %(value)s.") % {
        "n": len(figure.rows), "label": top.label, "value": _number(top[figure.measure]),
    }  # fmt: skip


def _number(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) or hasattr(value, "is_integer") and not float(value).is_integer():
        return f"{float(value):.1f}"
    return str(int(value))


def line_chart(figure: Figure, chart_id: str) -> str:
    height, left, bottom, top_pad = 240, 50, 40, 16
    values = [float(row[figure.measure] or 0) for row in figure.rows]
    peak = max(values) or 1
    step = (WIDTH - left - 20) / max(len(values) - 1, 1)
    plot = height - bottom - top_pad
    points = [(left + i * step, top_pad + plot * (1 - v / peak)) for i, v in enumerate(values)]
    base = top_pad + plot
    body = [
        f'<line x1="{left}" y1="{base}" x2="{WIDTH - 10}" y2="{base}" class="axis"/>',
        f'<line x1="{left}" y1="{top_pad}" x2="{left}" y2="{base}" class="axis"/>',
        f'<text x="{left - 6}" y="{top_pad + 4}" text-anchor="end" class="value">'
        f"{_number(peak)}</text>",
        f'<text x="{left - 6}" y="{top_pad + plot}" text-anchor="end" class="value">0</text>',
        '<polyline fill="none" stroke="{}" stroke-width="2" points="{}"/>'.format(
            PLAIN, " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        ),
    ]
    body += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{PLAIN}"/>' for x, y in points]
    every = max(1, len(points) // 8)
    for index in range(0, len(points), every):
        x = points[index][0]
        label = escape(figure.rows[index].label)
        body.append(
            f'<text x="{x:.1f}" y="{height - 18}" text-anchor="middle" class="label">{label}</text>'
        )
    return _svg(chart_id, figure.title, _line_desc(figure, values), height, body)


def _line_desc(figure: Figure, values: list[float]) -> str:
    best = max(range(len(values)), key=lambda i: values[i])
    text = _(
        "Line chart over %(n)d months, from %(first)s to %(last)s; highest in %(best)s (%(value)s)."
    )
    return text % {
        "n": len(values), "first": figure.rows[0].label, "last": figure.rows[-1].label,
        "best": figure.rows[best].label, "value": _number(values[best]),
    }  # fmt: skip
