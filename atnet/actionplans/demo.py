"""Demo data: one plan (6 objectives, 48 measures), two half-year periods, their reports.

Most organisations reported, some late, some not at all; measures whose deadline
passed unfinished show as overdue; evidence points at the demo activities,
trainings and meetings of each organisation. Runs after the network, meetings,
trainings and legislation demos (app order). Idempotent: a plan found by its
slug is left as it is.
"""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from atnet.legislation.models import ActPage
from atnet.network.models import Organisation

from . import demo_content as content
from .models import (
    Indicator,
    IndicatorValue,
    Measure,
    MeasureStatus,
    Objective,
    Plan,
    Report,
    ReportingPeriod,
    ReportState,
)
from .selectors import evidence_choices

DEMO_FOCAL_ORGANISATION = "social-service-md-ca"  # left to report in the workspace


def demo_load() -> dict[str, int]:
    existing = Plan.objects.filter(slug=content.PLAN["slug"]).first()
    if existing:
        return _counts(existing)
    organisations = {org.slug: org for org in Organisation.objects.all()}
    plan = _plan()
    periods = [_period(plan, *item) for item in content.PERIODS]
    measures = _measures(plan, organisations)
    for index, measure in enumerate(measures):
        for position, org in enumerate(measure.responsible.order_by("pk")):
            for number, period in enumerate(periods):
                _report(period, number, measure, org, index + position)
    return _counts(plan)


def _counts(plan: Plan) -> dict[str, int]:
    return {
        "plans": 1,
        "measures": plan.measures.count(),
        "reports": Report.objects.filter(period__plan=plan).count(),
    }


def _plan() -> Plan:
    act = ActPage.objects.filter(slug=content.PLAN["act_slug"], locale__language_code="ro").first()
    plan = Plan(
        slug=content.PLAN["slug"],
        title_ro=content.PLAN["ro"],
        title_en=content.PLAN["en"],
        title_ru=content.PLAN["ru"],
        starts=dt.date.fromisoformat(content.PLAN["starts"]),
        ends=dt.date.fromisoformat(content.PLAN["ends"]),
        approving_act=act,
    )
    plan.full_clean()
    plan.save()
    return plan


def _period(plan, labels, starts, ends, due) -> ReportingPeriod:
    ro, en, ru = labels
    return ReportingPeriod.objects.create(
        plan=plan, label_ro=ro, label_en=en, label_ru=ru,
        starts=dt.date.fromisoformat(starts), ends=dt.date.fromisoformat(ends),
        due=dt.date.fromisoformat(due), reminded_at=timezone.now(),
    )  # fmt: skip


# Deadlines cycle through the plan's three half-year ends.
DEADLINES = [dt.date(2008, 12, 31), dt.date(2009, 6, 30), dt.date(2009, 12, 31)]


def _measures(plan, organisations) -> list[Measure]:
    measures = []
    for order, (number, titles, responsible, partners, templates) in enumerate(content.OBJECTIVES):
        objective = Objective.objects.create(
            plan=plan, number=number, order=order,
            title_ro=titles[0], title_en=titles[1], title_ru=titles[2],
        )  # fmt: skip
        for t, (texts, indicators) in enumerate(templates):
            for r, region in enumerate(content.REGIONS):
                measure = Measure.objects.create(
                    plan=plan, objective=objective, number=f"{number}.{t * 4 + r + 1}",
                    order=len(measures), deadline=DEADLINES[len(measures) % 3],
                    **{f"text_{lang}": texts[k].format(region=region[k])
                       for k, lang in enumerate(("ro", "en", "ru"))},
                )  # fmt: skip
                measure.responsible.set(_orgs(responsible, organisations, r))
                measure.partners.set(_orgs(partners, organisations, r))
                for position, (names, target) in enumerate(indicators):
                    Indicator.objects.create(
                        measure=measure, order=position, target=Decimal(target),
                        name_ro=names[0], name_en=names[1], name_ru=names[2],
                    )  # fmt: skip
                measures.append(measure)
    return measures


def _orgs(slugs, organisations, region: int) -> list:
    """Every named organisation, except that the local one answers only in its own region."""
    found = [organisations[slug] for slug in slugs if slug in organisations]
    if DEMO_FOCAL_ORGANISATION in slugs and region != 2:  # the South: Cahul
        found = [org for org in found if org.slug != DEMO_FOCAL_ORGANISATION]
    return found


def _report(period, number: int, measure, org, seed: int) -> None:
    if _missing(number, org, seed):
        return
    draft = number == 1 and seed % 7 == 0
    status = _status(number, measure, seed)
    language = ("ro", "ro", "ru", "en")[seed % 4]
    late = seed % 6 == 0
    submitted_at = dt.datetime.combine(
        period.due + dt.timedelta(days=9 if late else -5), dt.time(10), tzinfo=dt.UTC
    )
    report = Report.objects.create(
        period=period, measure=measure, organisation=org, status=status,
        state=ReportState.DRAFT if draft else ReportState.SUBMITTED,
        submitted_at=None if draft else submitted_at,
        narrative=content.NARRATIVES[language][status], narrative_language=language,
        narrative_public=not draft and seed % 3 == 0,
    )  # fmt: skip
    _values(report, measure, status, number)
    _evidence(report, org, seed)


def _missing(number: int, org, seed: int) -> bool:
    if number == 0:
        return seed % 10 == 9
    return org.slug == DEMO_FOCAL_ORGANISATION or seed % 5 == 0


def _status(number: int, measure, seed: int) -> str:
    if seed % 13 == 5:
        return MeasureStatus.CANCELLED
    period_end = DEADLINES[number]
    if measure.deadline <= period_end:
        # Most measures due by now are done; some are not, and show as overdue.
        return MeasureStatus.IN_PROGRESS if seed % 4 == 3 else MeasureStatus.DONE
    return MeasureStatus.NOT_STARTED if seed % 9 == 4 else MeasureStatus.IN_PROGRESS


def _values(report, measure, status, number: int) -> None:
    share = {"done": Decimal(1), "in_progress": Decimal("0.4") + Decimal(number) / 4}.get(status)
    if share is None:
        return
    for indicator in measure.indicators.all():
        IndicatorValue.objects.create(
            report=report, indicator=indicator, value=(indicator.target * share).quantize(1)
        )


def _evidence(report, org, seed: int) -> None:
    choices = evidence_choices(org)
    for name in ("activities", "sessions", "meetings"):
        items = list(choices[name][:3])
        if items:
            getattr(report, name).set([items[seed % len(items)]])
