"""Sign in with throttling, password reset by email, and signing out everywhere."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from atnet.accounts.roles import COORDINATOR_GROUP, is_coordinator
from atnet.network.tests.factories import UserFactory

PASSWORD = "a-long-test-password-1"


@pytest.fixture
def alice(db):
    return UserFactory(username="alice", email="alice@example.org")


@pytest.fixture
def bob(db):
    return UserFactory(username="bob")


def _login(client, username, password, address="10.0.0.1"):
    return client.post(
        reverse("accounts:login"), {"username": username, "password": password},
        REMOTE_ADDR=address,
    )  # fmt: skip


def test_signing_in_leads_to_the_workspace(client, alice):
    response = _login(client, "alice", PASSWORD)
    assert response["Location"] == reverse("network:workspace")


def test_repeated_failures_block_the_account_from_that_address_only(client, alice, bob):
    for _ in range(5):
        assert _login(client, "alice", "wrong").status_code == 200
    blocked = _login(client, "alice", PASSWORD)
    assert blocked.status_code == 200
    assert "throttled" in [e.code for e in blocked.context["form"].non_field_errors().as_data()]
    # A colleague behind the same office address still signs in, and so does
    # alice from elsewhere.
    assert _login(client, "bob", PASSWORD).status_code == 302
    client.logout()
    assert _login(client, "alice", PASSWORD, address="10.0.0.2").status_code == 302


def test_password_reset_mails_a_link_through_the_task_queue(client, alice):
    response = client.post(reverse("accounts:password_reset"), {"email": "alice@example.org"})
    assert response["Location"] == reverse("accounts:password_reset_done")
    link = re.search(r"http://\S+/accounts/reset/\S+/", mail.outbox[0].body).group(0)
    path = "/" + link.split("/", 3)[3]
    form_page = client.get(path, follow=True)
    new = "o-parola-noua-lunga-7"
    done = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert done["Location"] == reverse("accounts:password_reset_complete")
    alice.refresh_from_db()
    assert alice.check_password(new)


def test_signing_out_everywhere_ends_every_session(client, alice):
    from django.test import Client

    other = Client()
    _login(other, "alice", PASSWORD, address="10.0.0.9")
    _login(client, "alice", PASSWORD)
    assert other.get(reverse("network:workspace")).status_code in (403, 200)
    client.post(reverse("accounts:sign_out_everywhere"))
    assert other.get(reverse("network:workspace")).status_code == 302
    assert client.get(reverse("network:workspace")).status_code == 302


def test_coordinators_are_the_coordinator_group_and_may_use_the_admin(alice):
    assert not is_coordinator(alice)
    alice.groups.add(Group.objects.get(name=COORDINATOR_GROUP))
    alice = type(alice).objects.get(pk=alice.pk)
    assert is_coordinator(alice)
    assert alice.has_perm("wagtailadmin.access_admin")
    assert alice.has_perm("network.change_organisation")


def test_the_admin_menu_offers_invitations_to_coordinators(client, coordinator):
    client.force_login(coordinator)
    assert "/accounts/invitations/new/" in client.get("/admin/").content.decode()
