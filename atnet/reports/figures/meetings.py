"""Coordination meetings held and the people who took part."""

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext_lazy as _

from atnet.meetings.models import Attendance, Meeting, MeetingStatus, Presence
from atnet.network.models import OrganisationType

from ..period import Period
from .base import (
    Figure,
    Spec,
    choice_label,
    count_figure,
    grouped,
    label_fields,
    localised_label,
    people_figure,
)
from .months import fill_months, month_narrow

NO_DOMAIN = _("Meetings have no domain: this figure covers every domain.")


def meetings_held(period: Period):
    first, after = period.bounds
    rows = Meeting.objects.filter(
        status=MeetingStatus.HELD, starts_at__gte=first, starts_at__lt=after
    )
    if period.region:
        rows = rows.filter(host_unit__development_region=period.region)
    return rows


def attendances(period: Period):
    """Who was present at a meeting held in the period (walk-ins included)."""
    first, after = period.bounds
    rows = Attendance.objects.filter(
        status=Presence.PRESENT,
        meeting__status=MeetingStatus.HELD,
        meeting__starts_at__gte=first,
        meeting__starts_at__lt=after,
    )
    if period.region:
        rows = rows.filter(meeting__host_unit__development_region=period.region)
    return rows


def _scoped(build):
    """Adds the note that meetings ignore the domain filter, when one is chosen."""

    def wrapped(spec: Spec, period: Period) -> Figure:
        figure = build(spec, period)
        if period.domain:
            figure.notes.append(str(NO_DOMAIN))
        return figure

    return wrapped


def month_figure(spec: Spec, period: Period) -> Figure:
    columns = [("count", _("Meetings"))]
    rows = fill_months(grouped(spec, period, {"count": Count("pk")}), period, columns)
    return Figure(spec.slug, spec.title, columns, rows, "count", chart="line")


MEETING_PEOPLE = {"identity": "person", "gender": "gender", "walk_ins": True}

SPECS = [
    Spec(
        "meetings-by-series", _("Meetings held by series"), meetings_held, "series",
        _scoped(count_figure), "meetings", label=localised_label("label"),
        extra={"labels": label_fields("series"), "column": _("Meetings")},
    ),
    Spec(
        "meetings-by-unit", _("Meetings held by host unit"), meetings_held, "host_unit__code",
        _scoped(count_figure), "meetings", label=localised_label("label"),
        extra={"labels": label_fields("host_unit"), "column": _("Meetings")},
    ),
    Spec(
        "meetings-by-month", _("Meetings held by month"),
        lambda period: meetings_held(period).annotate(month=TruncMonth("starts_at")),
        "month", _scoped(month_figure), "meetings", narrow=month_narrow("starts_at"),
    ),
    Spec(
        "participants-by-organisation-type", _("Meeting participants by type of organisation"),
        attendances, "organisation__type", _scoped(people_figure), "attendances",
        label=choice_label(OrganisationType.choices), extra=MEETING_PEOPLE,
    ),
    Spec(
        "participants-by-unit", _("Meeting participants by host unit"), attendances,
        "meeting__host_unit__code", _scoped(people_figure), "attendances",
        label=localised_label("label"),
        extra={**MEETING_PEOPLE, "labels": label_fields("meeting__host_unit")},
    ),
]  # fmt: skip
