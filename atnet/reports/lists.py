"""The lists of the annual report: meetings held, training sessions and projects (no people)."""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.formats import date_format

from atnet.trainings.models import EnrolmentStatus, Session, SessionStatus

from .figures.meetings import meetings_held
from .figures.programme import projects
from .period import Period


def meeting_list(period: Period) -> list[list[str]]:
    rows = meetings_held(period).select_related("series", "host_unit").order_by("starts_at", "pk")
    return [
        [date_format(timezone.localtime(m.starts_at), "SHORT_DATE_FORMAT"), m.title,
         m.host_unit.name if m.host_unit else ""]
        for m in rows
    ]  # fmt: skip


def session_list(period: Period) -> list[list[str]]:
    trained = Q(enrolments__status=EnrolmentStatus.ACCEPTED, enrolments__days_attended__gt=0)
    rows = (
        Session.objects.exclude(status=SessionStatus.CANCELLED)
        .filter(start_date__gte=period.start, start_date__lte=period.end)
        .select_related("course", "unit")
        .annotate(trained=Count("enrolments__participant", filter=trained, distinct=True))
        .order_by("start_date", "pk")
    )
    if period.region:
        rows = rows.filter(unit__development_region=period.region)
    return [
        [f"{_short(s.start_date)} – {_short(s.end_date)}", s.course.title, s.unit.name,
         str(s.trained)]
        for s in rows
    ]  # fmt: skip


def _short(day) -> str:
    return date_format(day, "SHORT_DATE_FORMAT")


def project_list(period: Period) -> list[list[str]]:
    rows = projects(period).order_by("title")
    return [
        [p.title, p.get_status_display(), "; ".join(p.get_domains_display()),
         f"{p.budget:,.0f} {p.currency}" if p.budget is not None else ""]
        for p in rows
    ]  # fmt: skip
