"""Helpers for tests of other apps: sign in as a user who has passed two-factor sign-in."""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice


def sign_in_verified(client, user) -> TOTPDevice:
    """Force-log `user` in on `client` and mark the session as verified by a TOTP code.

    Gives the user a confirmed TOTP device if they have none, so that pages
    that require two-factor sign-in (ATNET_TWO_FACTOR_REQUIRED) open as they
    would after a real sign-in with a code.
    """
    client.force_login(user)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device
