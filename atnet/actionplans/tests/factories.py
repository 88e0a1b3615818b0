"""Plans, measures and people for the action-plan tests."""

import datetime as dt
from decimal import Decimal

import factory
from django.contrib.auth.models import Group

from atnet.network.models import Role
from atnet.network.tests.factories import MembershipFactory, OrganisationFactory, UserFactory

from ..models import Indicator, Measure, Objective, Plan, ReportingPeriod


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    title_ro = factory.Sequence(lambda n: f"Planul de acțiuni {n}")
    title_en = factory.Sequence(lambda n: f"Action plan {n}")
    title_ru = factory.Sequence(lambda n: f"План действий {n}")
    slug = factory.Sequence(lambda n: f"plan-{n}")
    starts = dt.date(2026, 1, 1)
    ends = dt.date(2027, 12, 31)


class ObjectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Objective

    plan = factory.SubFactory(PlanFactory)
    number = factory.Sequence(lambda n: str(n + 1))
    title_ro = factory.Sequence(lambda n: f"Obiectivul {n}")
    title_en = factory.Sequence(lambda n: f"Objective {n}")
    title_ru = factory.Sequence(lambda n: f"Цель {n}")


class MeasureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Measure
        skip_postgeneration_save = True

    objective = factory.SubFactory(ObjectiveFactory)
    plan = factory.SelfAttribute("objective.plan")
    number = factory.Sequence(lambda n: f"1.{n + 1}")
    text_ro = factory.Sequence(lambda n: f"Măsura {n}")
    text_en = factory.Sequence(lambda n: f"Measure {n}")
    text_ru = factory.Sequence(lambda n: f"Мера {n}")
    deadline = dt.date(2027, 6, 30)

    @factory.post_generation
    def responsible(self, create, extracted, **kwargs):
        if create and extracted:
            self.responsible.set(extracted)


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator

    measure = factory.SubFactory(MeasureFactory)
    name_ro = factory.Sequence(lambda n: f"Indicatorul {n}")
    target = Decimal(100)


class PeriodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportingPeriod

    plan = factory.SubFactory(PlanFactory)
    label_ro = "Semestrul I 2026"
    label_en = "First half of 2026"
    label_ru = "Первое полугодие 2026"
    starts = dt.date(2026, 1, 1)
    ends = dt.date(2026, 6, 30)
    due = dt.date(2026, 7, 15)


def focal_point(organisation, username: str):
    return MembershipFactory(
        user=UserFactory(username=username), organisation=organisation, role=Role.FOCAL_POINT
    ).user


def coordinator(username: str = "coordinator"):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get_or_create(name="coordinator")[0])
    return user


__all__ = ["OrganisationFactory", "UserFactory"]
