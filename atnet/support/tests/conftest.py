import pytest
from django.contrib.auth.models import Group

from atnet.trainings.tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _private_in_tmp(settings, tmp_path):
    settings.ATNET_PRIVATE_ROOT = str(tmp_path / "private")


@pytest.fixture
def coordinator(db):
    user = UserFactory(username="coordinator")
    user.groups.add(Group.objects.get_or_create(name="coordinator")[0])
    return user
