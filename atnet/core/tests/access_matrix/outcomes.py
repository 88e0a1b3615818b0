"""What a response means for the matrix, and what every response must carry.

Outcomes:
  ok     2xx
  moved  a redirect to anything but a sign-in, the admin's refusal or two-factor enrolment
  login  a redirect to a sign-in page (the site's, the admin's or Wagtail's page login)
  deny   the Wagtail admin's refusal: back to the dashboard with "no permission"
  2fa    a redirect to two-factor enrolment or verification
  400, 403, 404, 405, 500 ...  the status code itself
"""

import re
from urllib.parse import urlsplit

from django.conf import settings

LOGIN_PATHS = re.compile(r"^/(?:[a-z]{2}/)?(?:accounts/login|_util/login)/$|^/admin/login/$")
ADMIN_HOME = "/admin/"
TWO_FACTOR_PATHS = re.compile(r"/(?:two-factor|2fa|otp)/")

TEXT_TYPES = ("text/", "application/json", "application/xml", "application/rss", "+xml")


def outcome(response) -> str:
    status = response.status_code
    if 200 <= status < 300:
        return "ok"
    if status in (301, 302, 303, 307, 308):
        target = urlsplit(response["Location"]).path
        if LOGIN_PATHS.match(target) or target == settings.LOGIN_URL:
            return "login"
        if TWO_FACTOR_PATHS.search(target):
            return "2fa"
        if target == ADMIN_HOME:
            return "deny"
        return "moved"
    return str(status)


# --- Headers ---------------------------------------------------------------


# The policy each kind of response must carry, told apart by a directive of its own.
def _public_page_policy(policy: str, frame_ancestors: str) -> bool:
    return (
        bool(re.search(r"script-src 'self'( 'nonce-[\w-]{16,}')?;", policy))
        and "'unsafe-inline'" not in policy
        and f"frame-ancestors {frame_ancestors}" in policy
    )


FAMILIES = {
    "file": lambda policy: "sandbox" in policy and "default-src 'none'" in policy,
    "admin": lambda policy: "'unsafe-eval'" in policy and "frame-ancestors 'self'" in policy,
    "docs": lambda policy: "'unsafe-inline'" in policy and "frame-ancestors 'none'" in policy,
    "public": lambda policy: _public_page_policy(policy, "'none'"),
    # A page rendered for the admin's preview panel: the public policy, framed by the admin.
    "preview": lambda policy: _public_page_policy(policy, "'self'"),
}


def family_of(policy: str) -> str | None:
    for family, matches in FAMILIES.items():
        if matches(policy):
            return family
    return None


def expected_family(path: str, key: str, rules) -> str:
    if key in rules.FILE_KEYS:
        return "file"
    if key in rules.PREVIEW_KEYS:
        return "preview"
    if path.startswith("/admin/"):
        return "admin"
    if path.startswith("/api/v1/docs"):
        return "docs"
    return "public"


def header_problems(response, *, path: str, key: str, rules) -> list[str]:
    """Missing or wrong security headers; the full set only on successful responses."""
    problems = []
    if response.get("X-Content-Type-Options") != "nosniff":
        problems.append("no X-Content-Type-Options: nosniff")
    if not 200 <= response.status_code < 300:
        return problems
    if response.get("Referrer-Policy") not in (settings.SECURE_REFERRER_POLICY, "no-referrer"):
        problems.append(f"Referrer-Policy {response.get('Referrer-Policy')!r}")
    policy = response.get("Content-Security-Policy", "")
    wanted, found = expected_family(path, key, rules), family_of(policy)
    if found != wanted:
        problems.append(f"CSP family {found} instead of {wanted}: {policy!r}")
    if "frame-ancestors" not in policy:
        problems.append("no frame-ancestors")
    frame_options = {"public": "DENY", "file": "DENY", "preview": "SAMEORIGIN"}.get(wanted)
    if frame_options and response.get("X-Frame-Options") != frame_options:
        problems.append(f"X-Frame-Options {response.get('X-Frame-Options')!r}")
    return problems


def body_text(response) -> str:
    """The body of a text response (pages, JSON, feeds, calendars, CSV); '' for files."""
    if getattr(response, "streaming", False):
        return ""
    content_type = response.get("Content-Type", "")
    if not any(kind in content_type for kind in (*TEXT_TYPES, "calendar", "csv")):
        return ""
    return response.content.decode(response.charset or "utf-8", errors="replace")
