"""In a real browser: a coordinator sets up an authenticator, then signs in with its code."""

import base64

import pytest
from django.contrib.auth.models import Group
from django_otp.oath import TOTP
from playwright.sync_api import expect

from atnet.accounts.roles import COORDINATOR_GROUP
from atnet.network.tests.factories import UserFactory

from ..helpers import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _code(secret_text: str, steps_ahead: int = 0) -> str:
    """What an authenticator app would show for the secret typed from the page."""
    secret = secret_text.replace(" ", "")
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    return f"{TOTP(key, drift=steps_ahead).token():06d}"


def _password_step(page, base_url):
    page.goto(f"{base_url}/ro/accounts/login/?next=/ro/workspace/")
    page.fill("#id_username", "coord")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Autentificare").click()


def test_enrolment_then_sign_in_with_a_code(page, live_server, settings):
    settings.ATNET_TWO_FACTOR_REQUIRED = True
    user = UserFactory(username="coord", email="coord@example.org")
    user.groups.add(Group.objects.get(name=COORDINATOR_GROUP))
    blocked = []
    page.on("request", lambda r: blocked.append(r.url) if live_server.url not in r.url else None)

    # The password leads to the workspace, which sends a coordinator to enrolment.
    _password_step(page, live_server.url)
    expect(page).to_have_url(f"{live_server.url}/ro/accounts/two-factor/?next=%2Fro%2Fworkspace%2F")
    expect(page.locator(".qr-code svg")).to_be_visible()
    secret = page.get_by_test_id("totp-secret").inner_text()
    page.fill("#id_code", _code(secret))
    page.get_by_role("button", name="Confirmă").click()
    codes = page.get_by_test_id("recovery-codes").locator("li")
    expect(codes).to_have_count(10)
    page.get_by_role("link", name="Le-am păstrat: continuă").click()
    expect(page).to_have_url(f"{live_server.url}/ro/workspace/")

    # Signed out and back in: the password, then the app's next code.
    page.context.clear_cookies()
    _password_step(page, live_server.url)
    expect(page).to_have_url(f"{live_server.url}/ro/accounts/two-factor/code/")
    page.fill("#id_code", _code(secret, steps_ahead=1))
    page.get_by_role("button", name="Continuă").click()
    expect(page).to_have_url(f"{live_server.url}/ro/workspace/")
    assert blocked == []
