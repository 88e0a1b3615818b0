import pytest
from django.contrib.auth.models import Group

from .factories import UserFactory

COORDINATOR_GROUP = "coordinator"


@pytest.fixture
def coordinator(db):
    user = UserFactory(username="coordinator")
    group, _created = Group.objects.get_or_create(name=COORDINATOR_GROUP)
    user.groups.add(group)
    return user


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client
