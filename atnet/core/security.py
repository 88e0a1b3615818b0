"""Content-Security-Policy with a per-request nonce, and the other security headers.

Public pages and the members' workspace get a strict policy: scripts and styles
only from our own origin or carrying this response's nonce, nothing framed. The
Wagtail admin needs inline scripts and styles (its own templates and widgets),
so it gets a separate, looser policy that still confines everything to 'self'.
Files served by permission-checked views get a policy that forbids all
scripting, so an HTML or SVG upload can never run in our origin.
"""

import secrets

from django.conf import settings
from django.http import FileResponse

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
API_DOCS = "/api/v1/docs"

PUBLIC_POLICY = (
    "default-src 'self'; script-src {sources}; style-src {sources}; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
ADMIN_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
    "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'self'"
)
# The interactive API docs (Swagger UI, assets served locally) start from an inline script.
API_DOCS_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
)
FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"


def policy_for(request, response) -> str:
    if isinstance(response, FileResponse) or getattr(response, "is_private_file", False):
        return FILE_POLICY
    if request.path_info.startswith(ADMIN_PREFIXES):
        return ADMIN_POLICY
    if request.path_info.startswith(API_DOCS):
        return API_DOCS_POLICY
    nonce = getattr(request, "csp_nonce", None)
    sources = f"'self' 'nonce-{nonce}'" if nonce is not None and nonce.used else "'self'"
    return PUBLIC_POLICY.format(sources=sources)


class CspNonce:
    """This response's nonce, made when a template first asks for it.

    A page that uses no nonce gets a policy without one, so the nginx
    micro-cache can keep it: a cached nonce would be the same for every
    visitor for a second, and nginx keeps no answer that carries one
    (deploy/nginx/atnet-http.conf.template).
    """

    def __init__(self):
        self._value = None

    @property
    def used(self) -> bool:
        return self._value is not None

    def __str__(self) -> str:
        if self._value is None:
            self._value = secrets.token_urlsafe(16)
        return self._value


def _let_the_admin_frame(response) -> None:
    """Page previews in the admin may be framed by the admin, and only by it.

    Wagtail renders a preview through a fake request for the page's public URL,
    so it comes back with the public policy (frame-ancestors 'none', and
    X-Frame-Options DENY), which would blank the editor's live preview panel.
    """
    policy = response["Content-Security-Policy"]
    response["Content-Security-Policy"] = policy.replace(
        "frame-ancestors 'none'", "frame-ancestors 'self'"
    )
    response["X-Frame-Options"] = "SAMEORIGIN"


class SecurityHeadersMiddleware:
    """Adds CSP (with `request.csp_nonce` for templates), Permissions-Policy and COOP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.csp_nonce = CspNonce()
        response = self.get_response(request)
        policy = policy_for(request, response)
        if policy == FILE_POLICY:
            # A file never runs anything, whatever policy its view set (Wagtail's
            # document serve sets only "default-src 'none'": no sandbox, no frame-ancestors).
            response["Content-Security-Policy"] = FILE_POLICY
        else:
            response.setdefault("Content-Security-Policy", policy)
            if request.path_info.startswith(ADMIN_PREFIXES):
                _let_the_admin_frame(response)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        response.setdefault("X-Content-Type-Options", "nosniff")
        if settings.SECURE_REFERRER_POLICY:
            response.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
        return response
