import datetime as dt

import factory
from django.contrib.auth import get_user_model

from atnet.geo.models import AdministrativeUnit
from atnet.network.models import Level, Membership, Organisation, OrganisationType, Role
from atnet.trainings.models import Course, Enrolment, EnrolmentStatus, Participant, Session


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.Sequence(lambda n: f"user{n}@example.org")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name_ro = factory.Sequence(lambda n: f"Inspectoratul de poliție {n}")
    slug = factory.Sequence(lambda n: f"org-{n}")
    type = OrganisationType.POLICE
    level = Level.NATIONAL


def focal_point(organisation, **kwargs):
    user = UserFactory(**kwargs)
    Membership.objects.create(user=user, organisation=organisation, role=Role.FOCAL_POINT)
    return user


class CourseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Course

    slug = factory.Sequence(lambda n: f"curs-{n}")
    title_ro = factory.Sequence(lambda n: f"Investigarea traficului de ființe umane {n}")
    title_en = factory.Sequence(lambda n: f"Investigating trafficking in human beings {n}")
    title_ru = factory.Sequence(lambda n: f"Расследование торговли людьми {n}")
    audiences = ["police", "prosecutors"]
    duration_days = 2


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    course = factory.SubFactory(CourseFactory)
    code = factory.Sequence(lambda n: f"sesiune-{n}")
    start_date = dt.date(2025, 3, 10)
    end_date = dt.date(2025, 3, 11)
    venue = "Sala de conferințe"
    unit = factory.LazyFunction(lambda: AdministrativeUnit.objects.get(code="MD-CU"))
    status = "nominations"


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    full_name = factory.Sequence(lambda n: f"Ion Popescu{n}")
    organisation = factory.SubFactory(OrganisationFactory)
    gender = "male"
    profession = "police"
    email = factory.Sequence(lambda n: f"participant{n}@example.org")


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    session = factory.SubFactory(SessionFactory)
    participant = factory.SubFactory(ParticipantFactory)
    status = EnrolmentStatus.ACCEPTED
