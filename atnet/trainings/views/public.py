"""Public pages: certificate verification (nothing but name, course, dates and validity)."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from ..forms import VerifyForm
from ..selectors import certificate_for_verification


@never_cache
def verify(request, code: str = ""):
    """Enter a code, or arrive from the QR code's URL; an unknown code answers 404 with help."""
    form = VerifyForm(request.GET or None)
    if not code and form.is_valid():
        return redirect("trainings:verify_code", code=form.cleaned_data["code"].strip().upper())
    certificate = certificate_for_verification(code) if code else None
    status = 404 if code and certificate is None else 200
    context = {"form": form, "code": code, "certificate": certificate, "searched": bool(code)}
    if certificate is not None:
        enrolment = certificate.enrolment
        # Only these four facts are given to the template, so no other field can leak.
        context["facts"] = {
            "name": enrolment.participant.full_name,
            "course": enrolment.session.course.title,
            "start": enrolment.session.start_date,
            "end": enrolment.session.end_date,
            "valid": certificate.is_valid,
        }
        context.pop("certificate")
    response = render(request, "trainings/verify.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


def verify_url(request, code: str) -> str:
    return request.build_absolute_uri(reverse("trainings:verify_code", kwargs={"code": code}))
