"""Sign-in protection: the client address behind a proxy, password validators, sessions ending
on deactivation and after idle time, and changes of password or email asking the password."""

import io
import logging
import urllib.error

import pytest
from django.contrib.auth import password_validation
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.test import Client, RequestFactory
from django.urls import reverse

from atnet.accounts import throttle, validators
from atnet.accounts.models import SessionRecord
from atnet.network.tests.factories import UserFactory

from .helpers import PASSWORD, password_step

WORKSPACE = "/ro/workspace/"


@pytest.fixture
def alice(db):
    return UserFactory(username="alice", email="alice@example.org")


# The client's address


def _request(**meta):
    return RequestFactory().get("/", **meta)


def test_the_forwarded_header_is_ignored_unless_the_settings_trust_it(settings):
    settings.ATNET_TRUSTED_PROXY_HEADER = ""
    request = _request(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert throttle.client_address(request) == "127.0.0.1"


def test_a_trusted_header_gives_the_address_our_proxy_saw(settings):
    settings.ATNET_TRUSTED_PROXY_HEADER = "X-Forwarded-For"
    settings.ATNET_TRUSTED_PROXY_COUNT = 1
    # The client wrote the first entry itself; nginx appended the real one.
    forged = _request(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9")
    assert throttle.client_address(forged) == "203.0.113.9"
    settings.ATNET_TRUSTED_PROXY_COUNT = 2
    assert throttle.client_address(forged) == "1.2.3.4"
    assert throttle.client_address(_request(REMOTE_ADDR="127.0.0.1")) == "127.0.0.1"
    settings.ATNET_TRUSTED_PROXY_HEADER = "X-Real-IP"
    assert throttle.client_address(_request(HTTP_X_REAL_IP="198.51.100.7")) == "198.51.100.7"


def _fail_five_times(client, forwarded):
    for _ in range(5):
        client.post(
            reverse("accounts:login"), {"username": "alice", "password": "wrong"},
            REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded,
        )  # fmt: skip


def _signs_in(client, forwarded) -> bool:
    response = client.post(
        reverse("accounts:login"), {"username": "alice", "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded,
    )  # fmt: skip
    return response.status_code == 302


def test_behind_a_trusted_proxy_one_address_failing_does_not_block_another(client, alice, settings):
    settings.ATNET_TRUSTED_PROXY_HEADER = "X-Forwarded-For"
    _fail_five_times(client, "203.0.113.9")
    assert not _signs_in(client, "203.0.113.9")
    assert _signs_in(Client(), "198.51.100.7")


def test_without_trust_a_forged_header_does_not_escape_the_block(client, alice, settings):
    settings.ATNET_TRUSTED_PROXY_HEADER = ""
    _fail_five_times(client, "203.0.113.9")
    assert not _signs_in(client, "198.51.100.7")


# Passwords


def _errors(password, user=None) -> list[str]:
    try:
        password_validation.validate_password(password, user)
    except ValidationError as error:
        return [e.code for e in error.error_list]
    return []


def test_common_passwords_are_refused_even_dressed_up(db):
    assert "password_too_common" in _errors("password1234")
    for dressed in ("Password2024!", "P@ssw0rd2024", "!!sunshine1234"):
        assert "password_too_common_variant" in _errors(dressed), dressed
    assert _errors("vulpea-alba-din-Orhei-42") == []


def test_passwords_containing_the_site_name_are_refused(db, settings):
    assert "password_contains_local_word" in _errors("MyAtnet-Password-Zx81")
    assert "password_contains_local_word" in _errors("@tnet-is-where-i-work-9")
    settings.ATNET_PASSWORD_LOCAL_WORDS = ["combatere"]
    assert "password_contains_local_word" in _errors("Combatere-Traficului-77")


class _Response(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


def _pwned_range(monkeypatch, body: str, seen: list):
    def urlopen(request, timeout):
        seen.append((request.full_url, timeout))
        return _Response(body.encode())

    monkeypatch.setattr(validators.urllib.request, "urlopen", urlopen)


def test_the_breached_password_check_sends_only_a_hash_prefix(db, settings, monkeypatch):
    settings.ATNET_PWNED_PASSWORDS_CHECK = True
    password = "vulpea-alba-din-Orhei-42"
    digest = validators.hashlib.sha1(password.encode()).hexdigest().upper()
    seen = []
    _pwned_range(monkeypatch, f"0000000000000000000000000000000000A:0\r\n{digest[5:]}:42\r\n", seen)
    assert "password_breached" in _errors(password)
    assert seen == [(validators.PWNED_RANGE_URL + digest[:5], 3)]
    assert password not in seen[0][0] and digest[5:] not in seen[0][0]
    _pwned_range(monkeypatch, f"{'F' * 35}:7\r\n", seen)
    assert _errors(password) == []


def test_the_breached_password_check_is_off_by_default(db, settings, monkeypatch):
    seen = []
    _pwned_range(monkeypatch, "", seen)
    settings.ATNET_PWNED_PASSWORDS_CHECK = False
    assert _errors("vulpea-alba-din-Orhei-42") == []
    assert seen == []


def test_an_unreachable_breach_service_lets_the_password_through_with_a_warning(
    db, settings, monkeypatch, caplog
):
    settings.ATNET_PWNED_PASSWORDS_CHECK = True

    def unreachable(request, timeout):
        raise urllib.error.URLError("no route to host")

    monkeypatch.setattr(validators.urllib.request, "urlopen", unreachable)
    with caplog.at_level(logging.WARNING, logger="atnet.accounts.validators"):
        assert _errors("vulpea-alba-din-Orhei-42") == []
    assert "Breached-password check unavailable" in caplog.text
    assert "vulpea" not in caplog.text


# Sessions


def test_deactivating_an_account_ends_its_sessions(client, alice):
    password_step(client, "alice")
    assert client.get(WORKSPACE).status_code in (200, 403)
    key = client.session.session_key
    assert Session.objects.filter(session_key=key).exists()
    alice.is_active = False
    alice.save()
    assert not Session.objects.filter(session_key=key).exists()
    assert not SessionRecord.objects.filter(user=alice).exists()
    assert client.get(WORKSPACE)["Location"].startswith(reverse("accounts:login"))


def test_saving_an_active_account_keeps_its_sessions(client, alice):
    password_step(client, "alice")
    alice.first_name = "Alice"
    alice.save()
    assert Session.objects.filter(session_key=client.session.session_key).exists()


def test_a_session_idle_too_long_is_signed_out(client, alice, settings, monkeypatch):
    settings.ATNET_SESSION_IDLE_MINUTES = 30
    clock = {"now": 1_800_000_000}
    monkeypatch.setattr("atnet.accounts.middleware._now", lambda: clock["now"])
    password_step(client, "alice")
    assert client.get(WORKSPACE).status_code in (200, 403)
    clock["now"] += 29 * 60
    assert client.get(WORKSPACE).status_code in (200, 403)
    clock["now"] += 29 * 60  # 58 minutes after sign-in, but only 29 idle
    assert client.get(WORKSPACE).status_code in (200, 403)
    clock["now"] += 31 * 60
    response = client.get(WORKSPACE)
    assert response["Location"].startswith(reverse("accounts:login"))
    assert "_auth_user_id" not in client.session


def test_idle_timeout_zero_keeps_sessions(client, alice, settings, monkeypatch):
    settings.ATNET_SESSION_IDLE_MINUTES = 0
    clock = {"now": 1_800_000_000}
    monkeypatch.setattr("atnet.accounts.middleware._now", lambda: clock["now"])
    password_step(client, "alice")
    clock["now"] += 24 * 3600
    assert client.get(WORKSPACE).status_code in (200, 403)


# Changing the password or email asks for the password again


def test_a_password_change_with_a_wrong_current_password_changes_nothing(client, alice):
    client.force_login(alice)
    new = "o-parola-noua-lunga-7"
    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": "wrong", "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 400
    assert response.context["form"].errors["old_password"]
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


def test_a_password_change_with_the_current_password_keeps_the_user_signed_in(client, alice):
    client.force_login(alice)
    new = "o-parola-noua-lunga-7"
    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response["Location"] == reverse("accounts:account")
    alice.refresh_from_db()
    assert alice.check_password(new)
    assert client.get(reverse("accounts:account")).status_code == 200


def test_an_email_change_with_a_wrong_password_changes_nothing(client, alice):
    client.force_login(alice)
    response = client.post(
        reverse("accounts:email_change"), {"email": "new@example.org", "current_password": "x"}
    )
    assert response.status_code == 400
    assert response.context["form"].errors["current_password"]
    alice.refresh_from_db()
    assert alice.email == "alice@example.org"


def test_an_email_change_with_the_password_changes_it_unless_taken(client, alice):
    UserFactory(username="bob", email="bob@example.org")
    client.force_login(alice)
    url = reverse("accounts:email_change")
    taken = client.post(url, {"email": "BOB@example.org", "current_password": PASSWORD})
    assert taken.status_code == 400
    done = client.post(url, {"email": "Alice.New@Example.org", "current_password": PASSWORD})
    assert done["Location"] == reverse("accounts:account")
    alice.refresh_from_db()
    assert alice.email == "alice.new@example.org"


def test_the_wagtail_account_settings_offer_no_email_change_without_password(admin_client):
    content = admin_client.get(reverse("wagtailadmin_account")).content.decode()
    assert 'name="email-email"' not in content
    assert 'name="password-old_password"' in content


def test_the_wagtail_password_change_asks_for_the_current_password(admin_client, admin_user):
    new = "o-parola-noua-lunga-7"
    admin_client.post(
        reverse("wagtailadmin_account"),
        {"password-old_password": "wrong", "password-new_password1": new,
         "password-new_password2": new},
    )  # fmt: skip
    admin_user.refresh_from_db()
    assert not admin_user.check_password(new)


@pytest.mark.parametrize("name", ["account", "password_change", "email_change",
                                  "two_factor_enrol", "two_factor_disable"])  # fmt: skip
def test_account_pages_ask_anonymous_visitors_to_sign_in(client, db, name):
    assert client.get(reverse(f"accounts:{name}"))["Location"].startswith(reverse("accounts:login"))
