"""Reads of the trainings app (listings with a constant number of queries)."""

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from atnet.core.text import search_terms

from .models import Certificate, Course, Enrolment, EnrolmentStatus, Participant, Session
from .permissions import scope_participants


def public_courses():
    return Course.objects.public().order_by("title_ro")


def public_sessions(*, upcoming_only: bool = False):
    sessions = Session.objects.public().select_related("course", "unit")
    if upcoming_only:
        sessions = sessions.filter(end_date__gte=timezone.localdate())
    return sessions.order_by("start_date", "pk")


def workspace_sessions(*, user):
    """Every session, with the number of nominees the user may see and the accepted count."""
    visible = scope_participants(user, Enrolment.objects.all(), "participant__organisation_id")
    return (
        Session.objects.select_related("course", "unit")
        .annotate(
            accepted=Count("enrolments", filter=Q(enrolments__status=EnrolmentStatus.ACCEPTED)),
            mine=Count("enrolments", filter=Q(enrolments__in=visible.values("pk"))),
        )
        .order_by("-start_date", "pk")
    )


def session_enrolments(*, user, session: Session):
    enrolments = scope_participants(user, session.enrolments.all(), "participant__organisation_id")
    return enrolments.select_related(
        "participant__organisation", "certificate", "evaluation"
    ).prefetch_related("attendances")


def workspace_participants(*, user, query: str = ""):
    participants = scope_participants(user, Participant.objects.all()).select_related(
        "organisation", "unit"
    )
    for term in search_terms(query):
        participants = participants.filter(name_key__contains=term)
    return participants.annotate(sessions=Count("enrolments")).order_by("full_name", "pk")


def participant_enrolments(*, participant: Participant):
    return participant.enrolments.select_related(
        "session__course", "session__unit", "certificate"
    ).prefetch_related(Prefetch("attendances"))


def certificate_for_verification(code: str) -> Certificate | None:
    """The certificate with this code (spaces, case and a missing dash forgiven)."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())[:10]
    if len(cleaned) != 10:
        return None
    return (
        Certificate.objects.select_related("enrolment__participant", "enrolment__session__course")
        .filter(code=f"{cleaned[:5]}-{cleaned[5:]}")
        .first()
    )
