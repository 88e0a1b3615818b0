"""Two-factor sign-in: TOTP authenticator apps, with single-use recovery codes.

Built on django-otp: a confirmed `TOTPDevice` is the authenticator, a
`StaticDevice` named "recovery" holds the recovery codes (each works once).
A session counts as verified once django-otp's `login` has recorded the
device that accepted a code (`request.user.is_verified()`).
"""

import base64
from io import BytesIO

import qrcode
import qrcode.image.svg
from django.db import transaction
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from atnet.core.services import log_action

RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "recovery"
AUTHENTICATOR_NAME = "authenticator"


def has_two_factor(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def enrolment_device(user) -> TOTPDevice:
    """The user's pending (unconfirmed) authenticator, created on first visit of the page.

    Kept until confirmed, so that reloading the page does not change the secret
    the user has already scanned.
    """
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)


def qr_svg(device: TOTPDevice) -> str:
    """The otpauth:// address as an inline SVG QR code (drawn here: no request leaves)."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    # Drop the XML declaration so the SVG can sit inside the HTML page.
    return svg[svg.index("<svg") :]


def secret_text(device: TOTPDevice) -> str:
    """The secret in base32, in groups of four, for typing into an app by hand."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def _code_clean(code: str) -> str:
    return "".join((code or "").split()).replace("-", "").lower()


@transaction.atomic
def enrolment_confirm(*, user, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirm the authenticator with a code from it; returns new recovery codes, or None."""
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk, user=user)
    if device.confirmed or not device.verify_token(_code_clean(code)):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    log_action(actor=user, action="accounts.two_factor.enable", obj=user)
    return recovery_codes_new(user=user)


def recovery_codes_new(*, user) -> list[str]:
    """Replace the user's recovery codes with ten new ones, returned once and never shown again."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def code_verify(*, user, code: str):
    """The device that accepts `code` (authenticator first, then a recovery code), or None.

    django-otp refuses a code already used (replay) and slows down a device
    after failures; a recovery code is deleted when it is used.
    """
    code = _code_clean(code)
    if not code:
        return None
    devices = [
        *TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True),
        *StaticDevice.objects.select_for_update().filter(user=user, confirmed=True),
    ]
    for device in devices:
        if device.verify_token(code):
            if isinstance(device, StaticDevice):
                log_action(actor=user, action="accounts.two_factor.recovery_code_used", obj=user)
            return device
    return None


def session_verify(request, device) -> None:
    """Record in the session that its user has passed the second factor."""
    otp_login(request, device)


def two_factor_disable(*, user) -> None:
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    log_action(actor=user, action="accounts.two_factor.disable", obj=user)
