"""The trainings workspace: focal points nominate their staff, coordinators run the sessions."""

import datetime as dt

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from atnet.core.forms import MAX_YEAR, MIN_YEAR, ascii_int
from atnet.core.pagination import paginate
from atnet.network.models import Organisation

from .. import services
from ..evaluation_links import evaluation_link
from ..figures import trained_figures
from ..forms import (
    CertificateForm,
    DecisionForm,
    EvaluationForm,
    MergeForm,
    NominationForm,
    ParticipantSearchForm,
    RecordForm,
    RevokeForm,
)
from ..models import Certificate, Enrolment, EnrolmentStatus, Participant, Session
from ..pdf import certificate_pdf
from ..permissions import (
    coordinator_required,
    focal_organisation_ids,
    is_coordinator,
    scope_participants,
    workspace_required,
)
from ..selectors import (
    participant_enrolments,
    session_enrolments,
    workspace_participants,
    workspace_sessions,
)
from .public import verify_url


@workspace_required
def home(request):
    sessions = paginate(request, workspace_sessions(user=request.user))
    context = {"items": sessions, "is_coordinator": is_coordinator(request.user)}
    return render(request, "trainings/workspace/home.html", context)


@workspace_required
def session_detail(request, pk: int):
    session = get_object_or_404(
        Session.objects.select_related("course", "unit", "event_page", "funded_by"), pk=pk
    )
    enrolments = list(session_enrolments(user=request.user, session=session))
    coordinator = is_coordinator(request.user)
    for enrolment in enrolments:
        enrolment.record_form = RecordForm(session=session, initial=_record_initial(enrolment))
    context = {
        "session": session,
        "enrolments": enrolments,
        "is_coordinator": coordinator,
        "nomination_form": _nomination_form(request.user),
        "decision_form": DecisionForm(),
        "certificate_form": CertificateForm(),
        "event_url": session.event_page.get_url(request) if session.event_page else "",
    }
    return render(request, "trainings/workspace/session.html", context)


@require_POST
@coordinator_required
def session_announce(request, pk: int):
    session = get_object_or_404(Session.objects.select_related("course", "unit"), pk=pk)
    try:
        services.session_announce(actor=request.user, session=session)
    except services.TrainingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The session is announced on the website."))
    return redirect("trainings:session", pk=pk)


def _record_initial(enrolment: Enrolment) -> dict:
    return {
        "days": [attendance.day.isoformat() for attendance in enrolment.attendances.all()],
        "pre_score": enrolment.pre_score,
        "post_score": enrolment.post_score,
    }


def _nomination_form(user, data=None) -> NominationForm:
    if is_coordinator(user):
        organisations = Organisation.objects.all()
    else:
        organisations = Organisation.objects.filter(pk__in=focal_organisation_ids(user))
    return NominationForm(data, organisations=organisations)


@require_POST
@workspace_required
def nominate(request, pk: int):
    session = get_object_or_404(Session, pk=pk)
    form = _nomination_form(request.user, request.POST)
    if not form.is_valid():
        messages.error(request, _("Check the nomination: %(errors)s") % {"errors": _errors(form)})
        return redirect("trainings:session", pk=pk)
    fields = form.cleaned_data
    try:
        participant, _created = services.participant_get_or_create(actor=request.user, **fields)
        services.nomination_create(actor=request.user, session=session, participant=participant)
    except services.TrainingError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("%(name)s is nominated.") % {"name": participant.full_name})
    return redirect("trainings:session", pk=pk)


def _errors(form) -> str:
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


@require_POST
@coordinator_required
def decide(request, pk: int):
    enrolment = get_object_or_404(Enrolment.objects.select_related("session__course"), pk=pk)
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            services.enrolment_decide(
                actor=request.user, enrolment=enrolment, status=form.cleaned_data["status"]
            )
            messages.success(request, _("The decision is saved and the nominee is told."))
        except services.TrainingError as error:
            messages.error(request, str(error))
    return redirect("trainings:session", pk=enrolment.session_id)


@require_POST
@coordinator_required
def record(request, pk: int):
    enrolment = get_object_or_404(Enrolment.objects.select_related("session__course"), pk=pk)
    form = RecordForm(request.POST, session=enrolment.session)
    if not form.is_valid():
        messages.error(request, _("Check the record: %(errors)s") % {"errors": _errors(form)})
        return redirect("trainings:session", pk=enrolment.session_id)
    days = {dt.date.fromisoformat(day) for day in form.cleaned_data["days"]}
    try:
        services.attendance_set(actor=request.user, enrolment=enrolment, days=days)
        services.scores_set(
            actor=request.user,
            enrolment=enrolment,
            pre_score=form.cleaned_data["pre_score"],
            post_score=form.cleaned_data["post_score"],
        )
        messages.success(request, _("Attendance and scores are saved."))
    except services.TrainingError as error:
        messages.error(request, str(error))
    return redirect("trainings:session", pk=enrolment.session_id)


@coordinator_required
def evaluation(request, pk: int):
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("participant", "session__course"), pk=pk
    )
    instance = getattr(enrolment, "evaluation", None)
    form = EvaluationForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        services.evaluation_save(actor=request.user, enrolment=enrolment, **form.cleaned_data)
        messages.success(request, _("The evaluation is saved."))
        return redirect("trainings:session", pk=enrolment.session_id)
    # Only accepted participants may answer themselves (see evaluation_links).
    link = (
        evaluation_link(request, enrolment) if enrolment.status == EnrolmentStatus.ACCEPTED else ""
    )
    context = {"form": form, "enrolment": enrolment, "self_link": link}
    return render(request, "trainings/workspace/evaluation.html", context)


@require_POST
@coordinator_required
def certificate_issue(request, pk: int):
    enrolment = get_object_or_404(Enrolment.objects.select_related("session"), pk=pk)
    form = CertificateForm(request.POST)
    language = form.cleaned_data["language"] if form.is_valid() else None
    try:
        certificate = services.certificate_issue(
            actor=request.user, enrolment=enrolment, language=language
        )
        if language and certificate.language != language:
            services.certificate_language_set(
                actor=request.user, certificate=certificate, language=language
            )
        messages.success(request, _("The certificate is ready."))
    except services.TrainingError as error:
        messages.error(request, str(error))
    return redirect("trainings:session", pk=enrolment.session_id)


def _certificate_for(user, pk: int) -> Certificate:
    certificates = scope_participants(
        user,
        Certificate.objects.select_related(
            "enrolment__participant", "enrolment__session__course", "enrolment__session__unit"
        ),
        "enrolment__participant__organisation_id",
    )
    return get_object_or_404(certificates, pk=pk)


@workspace_required
def certificate_download(request, pk: int):
    certificate = _certificate_for(request.user, pk)
    with translation.override(certificate.language):
        url = verify_url(request, certificate.code)
    response = HttpResponse(certificate_pdf(certificate=certificate, verify_url=url))
    response["Content-Type"] = "application/pdf"
    response["Content-Disposition"] = f'inline; filename="certificate-{certificate.code}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


@coordinator_required
def certificate_revoke(request, pk: int):
    certificate = _certificate_for(request.user, pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.certificate_revoke(
            actor=request.user, certificate=certificate, reason=form.cleaned_data["reason"]
        )
        messages.success(request, _("The certificate is revoked."))
        return redirect("trainings:session", pk=certificate.enrolment.session_id)
    context = {"form": form, "certificate": certificate}
    return render(request, "trainings/workspace/revoke.html", context)


@workspace_required
def participants(request):
    form = ParticipantSearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    items = paginate(request, workspace_participants(user=request.user, query=query))
    return render(request, "trainings/workspace/participants.html", {"form": form, "items": items})


@workspace_required
def participant_detail(request, pk: int):
    visible = scope_participants(request.user, Participant.objects.select_related("organisation"))
    participant = get_object_or_404(visible, pk=pk)
    context = {
        "participant": participant,
        "enrolments": participant_enrolments(participant=participant),
        "is_coordinator": is_coordinator(request.user),
    }
    return render(request, "trainings/workspace/participant.html", context)


@coordinator_required
def participant_merge(request, pk: int):
    target = get_object_or_404(Participant.objects.select_related("organisation"), pk=pk)
    form = MergeForm(request.POST or None, target=target)
    if request.method == "POST" and form.is_valid():
        services.participant_merge(
            actor=request.user, source=form.cleaned_data["duplicate"], target=target
        )
        messages.success(request, _("The records are merged; every attendance is kept."))
        return redirect("trainings:participant", pk=target.pk)
    context = {"form": form, "participant": target}
    return render(request, "trainings/workspace/merge.html", context)


@coordinator_required
def figures(request):
    year = request.GET.get("year", "")
    # A year in ASCII digits within the reports' range; anything else means all years.
    number = ascii_int(year, MIN_YEAR, MAX_YEAR)
    context = {"figures": trained_figures(year=number), "year": year if number else ""}
    return render(request, "trainings/workspace/figures.html", context)
