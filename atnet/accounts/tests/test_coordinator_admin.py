import pytest
from django.contrib.auth.models import Group

from atnet.accounts.roles import COORDINATOR_GROUP
from atnet.accounts.signals import COORDINATOR_MODELS
from atnet.network.tests.factories import UserFactory


@pytest.fixture
def coordinator_client(client, db):
    user = UserFactory(username="coordinator")
    user.groups.add(Group.objects.get(name=COORDINATOR_GROUP))
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "url",
    [f"/admin/snippets/{app}/{model}/" for app, models in COORDINATOR_MODELS.items()
     for model in models if model != "membership"],
)  # fmt: skip
def test_a_coordinator_manages_every_back_office_list_in_the_admin(coordinator_client, url):
    assert coordinator_client.get(url).status_code == 200


def test_a_plain_user_cannot_open_those_lists(client, db):
    client.force_login(UserFactory(username="someone"))
    response = client.get("/admin/snippets/trainings/course/")
    assert response.status_code in (302, 403)
