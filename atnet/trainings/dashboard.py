"""What the workspace home shows of trainings; each read is one query whatever the data."""

from django.db.models import QuerySet
from django.utils import timezone

from .models import Certificate, Enrolment, EnrolmentStatus, SessionStatus
from .permissions import focal_organisation_ids

DASHBOARD_ROWS = 10


def people_enrolments(user, limit: int = DASHBOARD_ROWS) -> list[Enrolment]:
    """Nominations and coming trainings of the people of the organisations she is focal point of."""
    organisations = focal_organisation_ids(user)
    if not organisations:
        return []
    enrolments = (
        Enrolment.objects.filter(
            participant__organisation_id__in=organisations,
            session__end_date__gte=timezone.localdate(),
        )
        .exclude(session__status=SessionStatus.CANCELLED)
        .select_related("participant", "session__course")
        .order_by("session__start_date", "participant__full_name", "pk")
    )
    return list(enrolments[:limit])


def people_certificates(user, limit: int = DASHBOARD_ROWS) -> list[Certificate]:
    """Valid certificates of her organisations' people, the newest first."""
    organisations = focal_organisation_ids(user)
    if not organisations:
        return []
    certificates = Certificate.objects.filter(
        enrolment__participant__organisation_id__in=organisations, revoked_at=None
    ).select_related("enrolment__participant", "enrolment__session__course")
    return list(certificates.order_by("-issued_on", "code")[:limit])


def nominations_to_confirm(limit: int = DASHBOARD_ROWS) -> QuerySet:
    """Nominations waiting for a coordinator's decision, the soonest session first."""
    return (
        Enrolment.objects.filter(status=EnrolmentStatus.NOMINATED)
        .exclude(session__status=SessionStatus.CANCELLED)
        .select_related("participant__organisation", "session__course")
        .order_by("session__start_date", "pk")[:limit]
    )
