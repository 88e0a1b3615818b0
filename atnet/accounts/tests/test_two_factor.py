"""Two-factor sign-in: enrolment with a QR code, codes after the password, recovery codes,
the requirement for staff roles, and the admin's own sign-in page sent to ours."""

import base64

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from atnet.accounts import roles, two_factor
from atnet.accounts.testing import sign_in_verified
from atnet.network.models import Role
from atnet.network.tests.factories import MembershipFactory, UserFactory

from .helpers import PASSWORD, code_step, password_step, totp_code

WORKSPACE = "/ro/workspace/"


@pytest.fixture
def required(settings):
    settings.ATNET_TWO_FACTOR_REQUIRED = True


@pytest.fixture
def staff(db):
    user = UserFactory(username="staff", email="staff@example.org")
    user.groups.add(Group.objects.get(name=roles.COORDINATOR_GROUP))
    return user


@pytest.fixture
def enrolled(staff):
    device = TOTPDevice.objects.create(user=staff, name="authenticator", confirmed=True)
    codes = two_factor.recovery_codes_new(user=staff)
    return staff, device, codes


def _enrol(client, user):
    client.force_login(user)
    client.get(reverse("accounts:two_factor_enrol"))
    return TOTPDevice.objects.get(user=user, confirmed=False)


# Enrolment


def test_the_enrolment_page_draws_the_qr_code_inline_and_shows_the_secret(client, staff):
    client.force_login(staff)
    response = client.get(reverse("accounts:two_factor_enrol"))
    content = response.content.decode()
    device = TOTPDevice.objects.get(user=staff, confirmed=False)
    assert "<svg" in content and "<?xml" not in content
    assert 'src="http' not in content and "<script" not in content.split("<body", 1)[1]
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    shown = content.split('data-testid="totp-secret">', 1)[1].split("<", 1)[0]
    assert shown.replace(" ", "") == secret
    assert response["Cache-Control"].count("no-store") == 1
    # Reloading keeps the same secret: the user may have scanned it already.
    client.get(reverse("accounts:two_factor_enrol"))
    assert TOTPDevice.objects.filter(user=staff).count() == 1


def test_a_wrong_code_does_not_confirm_the_authenticator(client, staff):
    device = _enrol(client, staff)
    wrong = f"{(int(totp_code(device)) + 1) % 1_000_000:06d}"
    response = client.post(reverse("accounts:two_factor_enrol"), {"code": wrong})
    assert response.status_code == 400
    assert "code" in response.context["form"].errors
    device.refresh_from_db()
    assert not device.confirmed
    assert not StaticDevice.objects.filter(user=staff).exists()


def test_confirming_shows_ten_recovery_codes_once_and_verifies_the_session(client, staff, required):
    device = _enrol(client, staff)
    assert client.get(WORKSPACE).status_code == 302
    response = client.post(
        reverse("accounts:two_factor_enrol") + f"?next={WORKSPACE}", {"code": totp_code(device)}
    )
    assert response.status_code == 200
    codes = response.context["codes"]
    assert len(codes) == 10 == len(set(codes))
    for code in codes:
        assert code in response.content.decode()
    assert set(StaticToken.objects.filter(device__user=staff).values_list("token", flat=True)) == (
        set(codes)
    )
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(WORKSPACE).status_code == 200
    # Codes are never shown again: the enrolment page now sends to the account page.
    again = client.get(reverse("accounts:two_factor_enrol"))
    assert again["Location"] == reverse("accounts:account")


# Sign-in with a code


def test_the_password_alone_does_not_sign_in_a_user_with_an_authenticator(client, enrolled):
    staff, device, _codes = enrolled
    response = password_step(client, "staff", next_url=WORKSPACE)
    assert response["Location"] == reverse("accounts:two_factor_verify")
    assert "_auth_user_id" not in client.session
    assert client.get(WORKSPACE)["Location"].startswith(reverse("accounts:login"))
    done = code_step(client, totp_code(device))
    assert done["Location"] == WORKSPACE
    assert client.get(WORKSPACE).status_code == 200


def test_a_recovery_code_signs_in_once(client, enrolled):
    staff, _device, codes = enrolled
    password_step(client, "staff")
    assert code_step(client, codes[0].upper()).status_code == 302
    assert StaticToken.objects.filter(device__user=staff).count() == 9
    client.logout()
    password_step(client, "staff")
    assert code_step(client, codes[0]).status_code == 400
    assert "_auth_user_id" not in client.session


def test_a_code_is_refused_twice_and_a_wrong_one_is_a_clear_error(client, enrolled):
    staff, device, _codes = enrolled
    code = totp_code(device)
    password_step(client, "staff")
    assert code_step(client, code).status_code == 302
    client.logout()
    password_step(client, "staff")
    refused = code_step(client, code)
    assert refused.status_code == 400
    assert refused.context["form"].errors["code"]


def test_wrong_codes_are_throttled_like_passwords(client, enrolled, settings):
    staff, device, _codes = enrolled
    # django-otp's own back-off would also refuse the good code; switch it off
    # to see ours.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    password_step(client, "staff")
    for _ in range(5):
        assert code_step(client, "000000").status_code == 400
    blocked = code_step(client, totp_code(device))
    assert blocked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_pending_sign_in_expires(client, enrolled, monkeypatch):
    staff, device, _codes = enrolled
    password_step(client, "staff")
    import time

    later = time.time() + 11 * 60
    monkeypatch.setattr("atnet.accounts.account_views.time.time", lambda: later)
    response = code_step(client, totp_code(device))
    assert response["Location"].startswith(reverse("accounts:login"))


def test_an_open_redirect_is_refused_after_the_code(client, enrolled):
    staff, device, _codes = enrolled
    password_step(client, "staff", next_url="https://evil.example/")
    assert code_step(client, totp_code(device))["Location"] == reverse("network:workspace")


# The requirement


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", WORKSPACE, "/ro/workspace/privacy/",
                                  "/ro/accounts/invitations/new/"])  # fmt: skip
def test_staff_without_an_authenticator_are_sent_to_enrolment(client, staff, required, path):
    client.force_login(staff)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:two_factor_enrol") + "?next=")


def test_staff_with_an_unverified_session_are_sent_to_the_code(client, enrolled, required):
    staff, device, _codes = enrolled
    client.force_login(staff)
    response = client.get("/admin/")
    assert response["Location"] == reverse("accounts:two_factor_verify") + "?next=%2Fadmin%2F"
    assert client.post(response["Location"], {"code": totp_code(device)})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("group_name", [roles.ADMINISTRATOR_GROUP, roles.EDITOR_GROUP,
                                        roles.TRANSLATOR_GROUP])  # fmt: skip
def test_every_staff_role_needs_the_second_factor_for_the_admin(client, db, required, group_name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    assert client.get("/admin/")["Location"].startswith(reverse("accounts:two_factor_enrol"))
    sign_in_verified(client, user)
    assert client.get("/admin/").status_code == 200


def test_superusers_and_focal_points_need_it_members_do_not(client, db, required):
    superuser = UserFactory(is_superuser=True, is_staff=True)
    focal = MembershipFactory(role=Role.FOCAL_POINT).user
    member = MembershipFactory(role=Role.MEMBER).user
    for user in (superuser, focal):
        client.force_login(user)
        assert client.get(WORKSPACE)["Location"].startswith(reverse("accounts:two_factor_enrol"))
    client.force_login(member)
    assert client.get(WORKSPACE).status_code == 200


def test_a_member_who_turned_it_on_must_give_the_code_too(client, db, required):
    member = MembershipFactory(role=Role.MEMBER, user__username="m").user
    TOTPDevice.objects.create(user=member, name="authenticator", confirmed=True)
    client.force_login(member)
    assert client.get(WORKSPACE)["Location"].startswith(reverse("accounts:two_factor_verify"))


def test_public_pages_and_the_account_page_stay_open(client, staff, required):
    client.force_login(staff)
    assert client.get(reverse("accounts:account")).status_code == 200
    assert client.get("/ro/glossary/").status_code != 302 or "two-factor" not in client.get(
        "/ro/glossary/"
    ).get("Location", "")


def test_the_requirement_switched_off_lets_force_login_through(client, staff, settings):
    settings.ATNET_TWO_FACTOR_REQUIRED = False
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200


# The admin's sign-in page is not a way round


@pytest.mark.parametrize("path", ["/admin/login/", "/ro/_util/login/", "/en/_util/login/"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_other_sign_in_pages_send_to_ours(client, enrolled, method, path):
    response = getattr(client, method)(
        f"{path}?next=/admin/pages/", {"username": "staff", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login") + "?next=")
    assert "_auth_user_id" not in client.session


def test_the_admin_sends_anonymous_visitors_to_our_sign_in(client, db):
    response = client.get("/admin/pages/")
    assert response["Location"].startswith(reverse("accounts:login"))


# Turning it off


def test_turning_it_off_needs_the_password_and_a_code(client, enrolled, settings):
    staff, device, _codes = enrolled
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp's back-off after the wrong code
    sign_in_verified(client, staff)
    url = reverse("accounts:two_factor_disable")
    wrong_password = client.post(url, {"current_password": "nope", "code": totp_code(device)})
    assert wrong_password.status_code == 400
    wrong_code = client.post(url, {"current_password": PASSWORD, "code": "123"})
    assert wrong_code.status_code == 400
    assert two_factor.has_two_factor(staff)
    done = client.post(url, {"current_password": PASSWORD, "code": totp_code(device)})
    assert done["Location"] == reverse("accounts:account")
    assert not TOTPDevice.objects.filter(user=staff).exists()
    assert not StaticDevice.objects.filter(user=staff).exists()


def test_the_account_page_tells_whether_it_is_on(client, enrolled):
    staff, _device, _codes = enrolled
    sign_in_verified(client, staff)
    content = client.get(reverse("accounts:account")).content.decode()
    assert reverse("accounts:two_factor_disable") in content


# Production must not run without it


def test_deploy_check_fails_when_two_factor_is_off(settings):
    settings.ATNET_TWO_FACTOR_REQUIRED = False
    with pytest.raises(SystemCheckError, match="atnet.accounts.E001"):
        call_command("check", "--deploy", "--tag", "security")
    settings.ATNET_TWO_FACTOR_REQUIRED = True
    from atnet.accounts.checks import two_factor_on_deploy

    assert two_factor_on_deploy() == []


def test_production_settings_refuse_two_factor_off(settings):
    from atnet.accounts.checks import two_factor_in_production

    settings.ATNET_TWO_FACTOR_REQUIRED = False
    settings.SETTINGS_MODULE = "atnet.settings.production"
    assert [error.id for error in two_factor_in_production()] == ["atnet.accounts.E001"]
    settings.SETTINGS_MODULE = "atnet.settings.test"
    assert two_factor_in_production() == []


def test_manage_check_under_production_settings_fails_with_two_factor_off():
    import os
    import subprocess
    import sys
    from pathlib import Path

    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment.update(
        DJANGO_SETTINGS_MODULE="atnet.settings.production",
        SECRET_KEY="k3y-" + "a1b2c3d4e5" * 6,
        ALLOWED_HOSTS="atnet.example.org",
        ATNET_TWO_FACTOR_REQUIRED="false",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=Path(__file__).resolve().parents[3],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "atnet.accounts.E001" in result.stderr


def test_the_admin_menu_leads_to_the_account_page(client, staff):
    sign_in_verified(client, staff)
    assert "/accounts/account/" in client.get("/admin/").content.decode()


def test_new_recovery_codes_need_the_password_and_a_code_and_replace_the_old(client, enrolled):
    staff, device, old_codes = enrolled
    sign_in_verified(client, staff)
    url = reverse("accounts:recovery_codes_renew")
    refused = client.post(url, {"current_password": "nope", "code": totp_code(device)})
    assert refused.status_code == 400
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(old_codes)
    response = client.post(url, {"current_password": PASSWORD, "code": totp_code(device)})
    new_codes = response.context["codes"]
    assert len(new_codes) == 10
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(new_codes)
    assert not set(new_codes) & set(old_codes)
