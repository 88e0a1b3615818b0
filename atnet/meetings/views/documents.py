"""Printable agenda and sign-in sheet (A4 PDF)."""

from django.http import HttpResponse

from ..pdf import agenda_pdf, sign_in_sheet_pdf
from ..permissions import coordinator_required, member_required
from .coordinator import _meeting


def _pdf(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@member_required
def agenda(request, pk: int):
    meeting = _meeting(pk)
    return _pdf(agenda_pdf(meeting), f"agenda-{meeting.pk}.pdf")


@coordinator_required
def sign_in_sheet(request, pk: int):
    meeting = _meeting(pk)
    return _pdf(sign_in_sheet_pdf(meeting), f"sign-in-{meeting.pk}.pdf")
