"""The certificate as a PDF (reportlab), in the language the participant chose.

Romanian (ș ț ă) and Russian need a Unicode TrueType font. reportlab ships only
Bitstream Vera, which has neither, so a system font is looked for (DejaVu Sans
from Debian's fonts-dejavu-core, Liberation, FreeSans) or the one named in
ATNET_CERTIFICATE_FONT. Without any, the certificate still prints, in
Helvetica with the text folded to plain Latin letters (transliterated
Cyrillic), rather than failing or printing empty boxes.
"""

import io
import os
import unicodedata
from functools import cache

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from atnet.core.dates import date_span

from .models import Certificate

_FONTS = "/usr/share/fonts/truetype"
FONT_CANDIDATES = [
    (f"{_FONTS}/dejavu/DejaVuSans.ttf", f"{_FONTS}/dejavu/DejaVuSans-Bold.ttf"),
    (
        f"{_FONTS}/liberation/LiberationSans-Regular.ttf",
        f"{_FONTS}/liberation/LiberationSans-Bold.ttf",
    ),
    (f"{_FONTS}/freefont/FreeSans.ttf", f"{_FONTS}/freefont/FreeSansBold.ttf"),
]
_LATIN = "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e iu ia"
CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [latin.replace("_", "") for latin in _LATIN.split(" ")],
        strict=True,
    )
)


@cache
def fonts() -> tuple[str, str, bool]:
    """(regular, bold, unicode): registered once per process."""
    configured = getattr(settings, "ATNET_CERTIFICATE_FONT", "") or os.environ.get(
        "ATNET_CERTIFICATE_FONT", ""
    )
    candidates = [(configured, configured)] if configured else []
    for regular, bold in [*candidates, *FONT_CANDIDATES]:
        if os.path.exists(regular):
            pdfmetrics.registerFont(TTFont("CertSans", regular))
            pdfmetrics.registerFont(
                TTFont("CertSans-Bold", bold if os.path.exists(bold) else regular)
            )
            return "CertSans", "CertSans-Bold", True
    return "Helvetica", "Helvetica-Bold", False


def plain(text: str) -> str:
    """Text Helvetica can print: Cyrillic transliterated, diacritics dropped."""
    out = []
    for ch in text:
        lower = ch.lower()
        if lower in CYRILLIC:
            latin = CYRILLIC[lower]
            out.append(latin.capitalize() if ch != lower else latin)
        else:
            out.append(ch)
    decomposed = unicodedata.normalize("NFKD", "".join(out))
    return (
        "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        .encode("latin-1", "ignore")
        .decode("latin-1")
    )


def certificate_pdf(*, certificate: Certificate, verify_url: str) -> bytes:
    enrolment = certificate.enrolment
    session = enrolment.session
    regular, bold, unicode_ok = fonts()
    text = (lambda value: value) if unicode_ok else plain
    with translation.override(certificate.language):
        lines = {
            "heading": _("Certificate of completion"),
            "intro": _("This certifies that"),
            "name": enrolment.participant.full_name,
            "completed": _("completed the training course"),
            "course": session.course.title_in(certificate.language),
            "dates": _("held on %(dates)s in %(place)s, %(hours)s hours")
            % {
                "dates": date_span(session.start_date, session.end_date),
                "place": session.unit.name,
                "hours": session.course.duration_hours,
            },
            "code": _("Certificate code: %(code)s") % {"code": certificate.code},
            "verify": _("Verify at %(url)s") % {"url": verify_url},
            "issuer": _("The anti-trafficking and gender network of Moldova"),
        }
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=landscape(A4), pageCompression=1)
    pdf.setTitle(text(f"{lines['heading']} {certificate.code}"))
    _draw(pdf, {key: text(value) for key, value in lines.items()}, regular, bold)
    _draw_qr(pdf, verify_url)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _draw(pdf, lines: dict, regular: str, bold: str) -> None:
    width, height = landscape(A4)
    pdf.setStrokeColorRGB(0.1, 0.25, 0.45)
    pdf.setLineWidth(3)
    pdf.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    rows = [
        (bold, 30, "heading", 165),
        (regular, 14, "intro", 140),
        (bold, 24, "name", 125),
        (regular, 14, "completed", 110),
        (bold, 18, "course", 96),
        (regular, 12, "dates", 84),
        (regular, 11, "issuer", 60),
        (regular, 10, "code", 30),
        (regular, 9, "verify", 24),
    ]
    for font, size, key, y in rows:
        pdf.setFont(font, size)
        pdf.drawCentredString(width / 2 - 20 * mm, y * mm, lines[key][:110])


def _draw_qr(pdf, url: str) -> None:
    width, _height = landscape(A4)
    widget = QrCodeWidget(url)
    left, bottom, right, top = widget.getBounds()
    size = 40 * mm
    drawing = Drawing(
        size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0]
    )
    drawing.add(widget)
    left_x, bottom_y = width - 20 * mm - size, 20 * mm
    renderPDF.draw(drawing, pdf, left_x, bottom_y)
    # The QR code is also a link, for whoever reads the certificate on screen.
    pdf.linkURL(url, (left_x, bottom_y, left_x + size, bottom_y + size), relative=0)
