"""Session idle timeout, and two-factor sign-in before the admin, the workspace or personal data."""

import re
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from . import two_factor
from .roles import two_factor_required

LAST_SEEN_KEY = "atnet_last_seen"
# Write the time of the last request at most once a minute: fewer session saves.
LAST_SEEN_RESOLUTION = 60

# Where personal data or the admin are: the Wagtail admin, the members'
# workspace (directory of people, meetings, trainings, privacy requests) and
# the invitation form, and the members-only materials (the public ones too: only
# a user who must pass the second factor and has not is sent there). Pages with a
# view restriction are checked as they are served (wagtail_hooks). Everything
# else (public site, account pages) stays open.
PROTECTED = re.compile(
    r"^/(?:admin|django-admin)/|^/[a-z]{2}/(?:workspace|accounts/invitations|materials)/"
)
# Other sign-in pages (the admin's, and Wagtail's for restricted pages) have
# neither throttling nor the second factor: they send to ours.
OTHER_LOGINS = re.compile(r"^/admin/login/$|^/[a-z]{2}/_util/login/$")


def _now() -> int:
    return int(time.time())


class SessionIdleTimeoutMiddleware:
    """Sign out a session left unused for ATNET_SESSION_IDLE_MINUTES (0 = never)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        minutes = getattr(settings, "ATNET_SESSION_IDLE_MINUTES", 0)
        # No session cookie, nobody signed in: don't load a session (and add Vary: Cookie).
        has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
        if minutes and has_session and request.user.is_authenticated:
            self._check(request, minutes * 60)
        return self.get_response(request)

    def _check(self, request, limit: int) -> None:
        now, last = _now(), request.session.get(LAST_SEEN_KEY)
        if last is not None and now - last > limit:
            logout(request)
            messages.info(request, _("You were signed out after a period without activity."))
        elif last is None or now - last >= LAST_SEEN_RESOLUTION:
            request.session[LAST_SEEN_KEY] = now


class TwoFactorMiddleware:
    """Staff (and anyone with an authenticator) pass a second factor before protected pages.

    The Wagtail admin's own sign-in page (and Wagtail's for restricted pages)
    sends to ours, so neither is a way round the code or round the throttling
    of sign-in attempts.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if OTHER_LOGINS.match(request.path_info):
            next_url = request.GET.get("next") or (
                "/admin/" if request.path_info.startswith("/admin/") else "/"
            )
            return self._to(request, "accounts:login", next_url)
        if self._must_verify(request):
            user = request.user
            target = "two_factor_verify" if two_factor.has_two_factor(user) else "two_factor_enrol"
            return self._to(request, f"accounts:{target}", request.get_full_path())
        return self.get_response(request)

    @staticmethod
    def _must_verify(request) -> bool:
        return bool(PROTECTED.match(request.path_info)) and second_factor_pending(request)

    @staticmethod
    def _to(request, name: str, next_url: str):
        return redirect(f"{reverse(name)}?{urlencode({'next': next_url})}")


def second_factor_pending(request) -> bool:
    """Signed in with a password alone by someone who must (or can) pass a second factor."""
    if not getattr(settings, "ATNET_TWO_FACTOR_REQUIRED", True):
        return False
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return False
    return two_factor_required(user) or two_factor.has_two_factor(user)


def second_factor_redirect(request):
    """To verification (or enrolment), then back to the page asked for."""
    target = "two_factor_verify" if two_factor.has_two_factor(request.user) else "two_factor_enrol"
    return TwoFactorMiddleware._to(request, f"accounts:{target}", request.get_full_path())
