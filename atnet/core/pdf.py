"""Table headers for reportlab PDFs that wrap between words, never inside one.

reportlab splits a word wider than its column ("Женщи|ны"). A header cell is
given the largest font size, up to the style's own, at which its longest word
fits the column, and word splitting is turned off, so a narrow column gets a
smaller header instead of a broken word.
"""

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

# reportlab's default cell padding, left and right.
CELL_PADDING = 6
SMALLEST_SIZE = 5.0


def fitting_size(label: str, width: float, font_name: str, size: float) -> float:
    """The font size (≤ `size`) at which the longest word of `label` fits `width`."""
    words = label.split() or [""]
    widest = max(stringWidth(word, font_name, size) for word in words)
    room = width - CELL_PADDING * 2
    if widest <= room or widest == 0:
        return size
    return max(SMALLEST_SIZE, size * room / widest)


def header_cells(labels, widths, style: ParagraphStyle, markup=str) -> list[Paragraph]:
    """One Paragraph per header label, each sized to fit its column whole.

    `markup` turns a label into Paragraph text (escaping it, for example).
    """
    cells = []
    for label, width in zip(labels, widths, strict=True):
        text = str(label)
        size = fitting_size(text, width, style.fontName, style.fontSize)
        fitted = ParagraphStyle(
            f"{style.name}-fit",
            parent=style,
            fontSize=size,
            leading=style.leading * size / style.fontSize,
            splitLongWords=0,
        )
        cells.append(Paragraph(markup(text), fitted))
    return cells
