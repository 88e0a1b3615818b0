"""The participant fills in their own end-of-course evaluation from a signed link (no account)."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .. import services
from ..evaluation_links import InvalidLink, evaluation_enrolment
from ..forms import EvaluationForm

TEMPLATE = "trainings/evaluation_self.html"


@never_cache
def evaluation_self(request, token: str):
    try:
        enrolment = evaluation_enrolment(token)
    except InvalidLink as error:
        return _refused(request, expired=error.expired)
    instance = getattr(enrolment, "evaluation", None)
    form = EvaluationForm(request.POST or None, instance=instance)
    saved = False
    if request.method == "POST" and form.is_valid():
        services.evaluation_save(actor=None, enrolment=enrolment, **form.cleaned_data)
        saved = True
    context = {"form": form, "enrolment": enrolment, "saved": saved, "updating": bool(instance)}
    return _private(render(request, TEMPLATE, context))


def _refused(request, *, expired: bool):
    if expired:
        message = _("This evaluation link has expired. Ask the training coordinator for a new one.")
    else:
        message = _(
            "This evaluation link is not valid. Check that it was copied whole, "
            "or ask the training coordinator for a new one."
        )
    # 410 for a link that was genuine but is too old; 400 for one that was altered.
    status = 410 if expired else 400
    return _private(render(request, TEMPLATE, {"refused": message}, status=status))


def _private(response):
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response
