"""Codes and sign-in steps shared by the two-factor tests."""

from django.urls import reverse
from django_otp.oath import TOTP

PASSWORD = "a-long-test-password-1"


def totp_code(device, steps_ahead: int = 0) -> str:
    """The code the user's app would show now (or `steps_ahead` periods later).

    django-otp refuses a code twice (replay), and accepts the next period's
    code too, so a test that signs in twice uses steps_ahead=1 the second time.
    """
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift + steps_ahead)
    return f"{totp.token():0{device.digits}d}"


def password_step(client, username: str, password: str = PASSWORD, next_url: str = ""):
    url = reverse("accounts:login") + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"username": username, "password": password, "next": next_url})


def code_step(client, code: str):
    return client.post(reverse("accounts:two_factor_verify"), {"code": code})
