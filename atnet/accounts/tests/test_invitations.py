"""A coordinator invites a person by email; the link signs them up once, until it expires."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from atnet.accounts.models import Invitation
from atnet.accounts.services import invitation_create
from atnet.network.models import Membership, Role

LINK = re.compile(r"https?://\S+/accounts/invitation/\S+/")


@pytest.fixture
def invitation(coordinator, org_a):
    return invitation_create(
        actor=coordinator, email="Nou@Example.org", organisation=org_a, role=Role.FOCAL_POINT,
        language="ru",
    )  # fmt: skip


def _path(link: str) -> str:
    return "/" + link.split("/", 3)[3]


def test_a_coordinator_sends_an_invitation_in_the_chosen_language(client, coordinator, org_a):
    client.force_login(coordinator)
    data = {"email": "x@example.org", "organisation": org_a.pk, "role": "member", "language": "ru"}
    response = client.post(reverse("accounts:invitation_new"), data)
    assert response.status_code == 302
    assert mail.outbox[0].to == ["x@example.org"]
    assert "/ru/accounts/invitation/" in mail.outbox[0].body
    assert "Приглашение" in mail.outbox[0].subject


def test_the_link_creates_the_account_and_membership_once(client, invitation):
    path = _path(LINK.search(mail.outbox[0].body).group(0))
    data = {"first_name": "Ana", "last_name": "Rusu", "password1": "un-parola-lunga-9",
            "password2": "un-parola-lunga-9"}  # fmt: skip
    response = client.post(path, data)
    assert response.status_code == 302
    membership = Membership.objects.get(user__email="nou@example.org")
    assert membership.role == Role.FOCAL_POINT
    client.logout()
    assert client.get(path).status_code == 410
    assert client.post(path, data).status_code == 410
    assert Membership.objects.count() == 1


def test_an_expired_or_forged_link_is_refused(client, invitation):
    path = _path(LINK.search(mail.outbox[0].body).group(0))
    Invitation.objects.update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    assert client.get(path).status_code == 410
    assert client.get("/ro/accounts/invitation/forged:token/").status_code == 410


def test_a_weak_password_is_refused_and_nothing_is_created(client, invitation):
    path = _path(LINK.search(mail.outbox[0].body).group(0))
    data = {"first_name": "A", "last_name": "B", "password1": "123", "password2": "123"}
    response = client.post(path, data)
    assert response.status_code == 200 and response.context["form"].errors["password1"]
    assert not Membership.objects.exists()
