"""Personas of the workspace: a member and a focal point of A, a focal point of B, a coordinator."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from atnet.accounts.roles import COORDINATOR_GROUP
from atnet.geo.models import AdministrativeUnit
from atnet.network.models import Role

from .factories import (
    ActivityFactory,
    MembershipFactory,
    OrganisationFactory,
    PersonFactory,
    UserFactory,
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Login throttling counts failures in the cache: each test starts clean.
    cache.clear()


@pytest.fixture
def cahul(db):
    return AdministrativeUnit.objects.get(code="MD-CA")


@pytest.fixture
def org_a(cahul):
    return OrganisationFactory(name_ro="Centrul „Speranța” Cahul", slug="a", regions=[cahul])


@pytest.fixture
def org_b(db):
    return OrganisationFactory(name_ro="Asociația B", slug="b")


@pytest.fixture
def member_a(org_a):
    return MembershipFactory(organisation=org_a, role=Role.MEMBER, user__username="member-a").user


@pytest.fixture
def focal_a(org_a):
    return MembershipFactory(
        organisation=org_a, role=Role.FOCAL_POINT, user__username="focal-a"
    ).user


@pytest.fixture
def focal_b(org_b):
    return MembershipFactory(
        organisation=org_b, role=Role.FOCAL_POINT, user__username="focal-b"
    ).user


@pytest.fixture
def coordinator(db):
    user = UserFactory(username="coordinator")
    user.groups.add(Group.objects.get(name=COORDINATOR_GROUP))
    return user


@pytest.fixture
def activity_a(org_a, cahul):
    return ActivityFactory(organisation=org_a, title_ro="Atelier la Cahul", regions=[cahul])


@pytest.fixture
def person_a(org_a):
    return PersonFactory(organisation=org_a, full_name="Ana Rusu")


@pytest.fixture
def personas(member_a, focal_a, focal_b, coordinator):
    return {
        "anonymous": None,
        "member_a": member_a,
        "focal_a": focal_a,
        "focal_b": focal_b,
        "coordinator": coordinator,
    }
