"""People trained: by profession, unit, course, institution and month; knowledge gain.

An attendance is an accepted enrolment with at least one day present, and a
person trained is a distinct participant with one (atnet.trainings.figures
defines them so; the same rule is applied here with the dashboard's scope).
"""

from django.db.models import Avg, Count, F
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext_lazy as _

from atnet.network.fields import choice_list_contains
from atnet.network.models import OrganisationType
from atnet.trainings.models import Audience, Enrolment, EnrolmentStatus

from ..period import Period
from .base import (
    Figure,
    Spec,
    choice_label,
    grouped,
    label_fields,
    localised_label,
    people_figure,
)
from .months import fill_months, month_narrow


def trained(period: Period):
    rows = Enrolment.objects.filter(
        status=EnrolmentStatus.ACCEPTED,
        days_attended__gt=0,
        session__start_date__gte=period.start,
        session__start_date__lte=period.end,
    )
    if period.region:
        rows = rows.filter(session__unit__development_region=period.region)
    if period.domain:
        rows = rows.filter(choice_list_contains("session__course__domains", period.domain))
    return rows


def scored(period: Period):
    """Attendances with both a pre-test and a post-test score."""
    return trained(period).filter(pre_score__isnull=False, post_score__isnull=False)


def gain_figure(spec: Spec, period: Period) -> Figure:
    measures = {
        "people": Count("participant", distinct=True),
        "pre": Avg("pre_score"),
        "post": Avg("post_score"),
        "gain": Avg(F("post_score") - F("pre_score")),
    }
    labels = label_fields("session__course", "title")
    rows = grouped(spec, period, measures, labels=labels, ordered=False)
    for row in rows:
        row.values = {name: _rounded(value) for name, value in row.values.items()}
    rows.sort(key=lambda row: (-(row["gain"] or 0), row.label))
    columns = [
        ("people", _("People with both tests")),
        ("pre", _("Average pre-test score")),
        ("post", _("Average post-test score")),
        ("gain", _("Average gain (points)")),
    ]
    return Figure(spec.slug, spec.title, columns, rows, "gain")


def _rounded(value):
    return round(float(value), 1) if value is not None and not isinstance(value, int) else value


def month_people_figure(spec: Spec, period: Period) -> Figure:
    figure = people_figure(spec, period)
    figure.rows = fill_months(figure.rows, period, figure.columns)
    return figure


TRAINED = {"identity": "participant", "gender": "participant__gender"}

SPECS = [
    Spec(
        "trained-by-profession", _("People trained by profession"), trained,
        "participant__profession", people_figure, "enrolments",
        label=choice_label(Audience.choices), extra=TRAINED,
    ),
    Spec(
        "trained-by-unit", _("People trained by unit of the session"), trained,
        "session__unit__code",
        people_figure, "enrolments", label=localised_label("label"),
        extra={**TRAINED, "labels": label_fields("session__unit")},
    ),
    Spec(
        "trained-by-course", _("People trained by course"), trained, "session__course",
        people_figure, "enrolments", label=localised_label("label"),
        extra={**TRAINED, "labels": label_fields("session__course", "title")},
    ),
    Spec(
        "trained-by-institution-type", _("People trained by type of institution"), trained,
        "participant__organisation__type", people_figure, "enrolments",
        label=choice_label(OrganisationType.choices), extra=TRAINED,
    ),
    Spec(
        "trained-by-month", _("People trained by month of the session"),
        lambda period: trained(period).annotate(month=TruncMonth("session__start_date")),
        "month", month_people_figure, "enrolments",
        narrow=month_narrow("session__start_date"), extra={**TRAINED, "chart": "line"},
    ),
    Spec(
        "knowledge-gain", _("Knowledge gain by course (post-test minus pre-test)"), scored,
        "session__course", gain_figure, "enrolments", label=localised_label("label"),
    ),
]  # fmt: skip
