import datetime as dt

import factory
from django.contrib.auth import get_user_model

from atnet.network.models import (
    Activity,
    ActivityStatus,
    Domain,
    Level,
    Membership,
    Organisation,
    OrganisationType,
    Person,
    Role,
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("a-long-test-password-1")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name_ro = factory.Sequence(lambda n: f"Organizația {n}")
    name_en = factory.Sequence(lambda n: f"Organisation {n}")
    name_ru = factory.Sequence(lambda n: f"Организация {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    type = OrganisationType.NGO
    level = Level.LOCAL
    domains = factory.LazyFunction(lambda: [Domain.TRAFFICKING_PREVENTION.value])

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    organisation = factory.SubFactory(OrganisationFactory)
    full_name = factory.Sequence(lambda n: f"Persoana {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Role.MEMBER


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    title_ro = factory.Sequence(lambda n: f"Activitatea {n}")
    domains = factory.LazyFunction(lambda: [Domain.TRAFFICKING_PREVENTION.value])
    start_date = dt.date(2026, 3, 1)
    end_date = dt.date(2026, 6, 30)
    status = ActivityStatus.ONGOING

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)

    @factory.post_generation
    def partners(self, create, extracted, **kwargs):
        if create and extracted:
            self.partners.set(extracted)
