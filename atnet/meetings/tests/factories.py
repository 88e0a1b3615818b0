import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from atnet.geo.models import AdministrativeUnit
from atnet.meetings.models import ActionItem, Meeting, Series, SeriesKind
from atnet.meetings.planning import local_datetime
from atnet.network.models import Level, Membership, Organisation, OrganisationType, Person, Role


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("pw-for-tests-1")


def coordinator_user(username="coordinator"):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get_or_create(name="coordinator")[0])
    return user


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name_ro = factory.Sequence(lambda n: f"Organizația {n}")
    slug = factory.Sequence(lambda n: f"org-{n}")
    type = OrganisationType.NGO
    level = Level.NATIONAL


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    organisation = factory.SubFactory(OrganisationFactory)
    full_name = factory.Sequence(lambda n: f"Persoana {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    preferred_language = "ro"
    gender = "female"
    position = "Specialist"


def member(person: Person, role=Role.MEMBER):
    """Give the person a user account that belongs to the person's organisation."""
    user = UserFactory(username=f"member{person.pk}")
    person.user = user
    person.save()
    Membership.objects.create(user=user, organisation=person.organisation, role=role)
    return user


class SeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Series
        django_get_or_create = ("slug",)

    kind = SeriesKind.NATIONAL
    slug = "national"
    name_ro = "Ședința tehnică de coordonare"
    name_en = "Technical coordination meeting"
    name_ru = "Техническое координационное совещание"
    recurrence = "FREQ=MONTHLY;BYDAY=+2TH"
    default_unit = factory.LazyFunction(lambda: AdministrativeUnit.objects.get(code="MD-CU"))
    default_venue = "Chișinău"


def regional_series(**kwargs):
    defaults = {
        "kind": SeriesKind.REGIONAL,
        "slug": "regional",
        "name_ro": "STC regională",
        "recurrence": "FREQ=MONTHLY;INTERVAL=2;BYDAY=+3WE",
        "rotate_host": True,
        "default_unit": None,
    }
    return SeriesFactory(**{**defaults, **kwargs})


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    series = factory.SubFactory(SeriesFactory)
    starts_at = factory.Sequence(
        lambda n: local_datetime(dt.date(2030, 1, 10) + dt.timedelta(days=n), dt.time(10))
    )
    ends_at = factory.LazyAttribute(lambda m: m.starts_at + dt.timedelta(hours=3))
    venue = "Sala mare"


class ActionItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionItem

    meeting = factory.SubFactory(MeetingFactory)
    text = factory.Sequence(lambda n: f"Acțiunea {n}")
    owner = factory.SubFactory(OrganisationFactory)
