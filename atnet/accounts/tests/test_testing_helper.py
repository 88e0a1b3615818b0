"""The helper other apps' tests use to sign in past two-factor sign-in."""

from django.test import RequestFactory
from django_otp.middleware import OTPMiddleware

from atnet.accounts.testing import sign_in_verified
from atnet.network.tests.factories import UserFactory


def test_sign_in_verified_marks_the_session_as_verified_by_a_confirmed_device(client, db):
    user = UserFactory()
    device = sign_in_verified(client, user)
    assert device.confirmed and device.user == user
    request = RequestFactory().get("/")
    request.session = client.session
    request.user = user
    OTPMiddleware(lambda r: None)._install_lazy_accessors(request)
    assert request.user.is_verified()
    # A second call reuses the device.
    assert sign_in_verified(client, user) == device
