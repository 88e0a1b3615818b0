import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import JsonResponse
from django.http.request import split_domain_port
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from wagtail.models import Site

from .compat import django as django_compat
from .compat import wagtail as wagtail_compat

# Paths outside the language prefixes: a 404 there is a 404, not a redirect to
# /ro/<path> (which the Wagtail catch-all would otherwise make "valid").
UNPREFIXED = (
    "/api/",
    "/admin/",
    "/documents/",
    "/healthz",
    "/sitemap.xml",
    "/static/",
    "/media/",
    "/i18n/",
)


SITE_CACHE_PREFIX = "atnet:core:site"
SITE_VERSION_KEY = "atnet:core:site-version"
SITE_CACHE_SECONDS = 60


def _site_key(request) -> str:
    host = split_domain_port(django_compat.raw_host(request))[0]
    digest = hashlib.sha256(f"{host}:{request.get_port()}".encode()).hexdigest()[:32]
    return f"{SITE_CACHE_PREFIX}:{cache.get(SITE_VERSION_KEY, 0)}:{digest}"


def recall_site(request) -> None:
    """Wagtail's site for this host, from the cache instead of a query per request.

    Wagtail looks the site up once per request (`Site.find_for_request`, which
    keeps it on the request); sites change rarely, so the site
    Wagtail found is remembered (`remember_site`) and dropped whenever a site
    is saved or deleted (with the local-memory cache, other processes see the
    change within the timeout). Nothing is read from the database here: a
    request that needs no site (the health check, the API) never looks one up.
    """
    request._atnet_site_key = _site_key(request)
    site = cache.get(request._atnet_site_key)
    if site is not None:
        wagtail_compat.remember_site(request, site)
        request._atnet_site_cached = True


def remember_site(request) -> None:
    site = wagtail_compat.remembered_site(request)
    key = getattr(request, "_atnet_site_key", None)
    if site is not None and key and not getattr(request, "_atnet_site_cached", False):
        cache.set(key, site, SITE_CACHE_SECONDS)


@receiver([post_save, post_delete], sender=Site)
def _forget_sites(**kwargs) -> None:
    try:
        cache.incr(SITE_VERSION_KEY)
    except ValueError:
        cache.set(SITE_VERSION_KEY, 1, None)


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_request(self, request):
        super().process_request(request)
        recall_site(request)

    def process_response(self, request, response):
        remember_site(request)
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)


class PublicCacheHeadersMiddleware:
    """Anonymous GET pages may be kept briefly by the front cache (nginx micro-cache).

    Anything for a signed-in user, any error, and any response that sets a
    cookie is marked private so that no shared cache ever stores it. A view
    that decided for itself (never_cache, the admin) is left alone. Listed first
    in MIDDLEWARE so it sees every cookie set by the others.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        user = getattr(request, "user", None)
        if (
            request.method not in ("GET", "HEAD")
            or response.status_code != 200
            or response.cookies
            or (user is not None and user.is_authenticated)
        ):
            patch_cache_control(response, private=True)
        else:
            patch_cache_control(response, public=True, max_age=settings.ATNET_PUBLIC_MAX_AGE)
        return response


NUL = "\x00"


def _carries_nul(request) -> bool:
    """A NUL anywhere in the path, the query or a cookie.

    PostgreSQL text cannot hold NUL: such a value reaching a query (a filter,
    a search, a page slug, a session key) is a database error, so the request
    is refused before any view or session sees it. Form fields refuse NUL
    themselves (Django's ProhibitNullCharactersValidator).
    """
    if NUL in request.path_info:
        return True
    for key, values in request.GET.lists():
        if NUL in key or any(NUL in value for value in values):
            return True
    return any(NUL in key or NUL in value for key, value in request.COOKIES.items())


class RefuseNulCharactersMiddleware:
    """400 in the visitor's language (JSON for the API) for a request carrying NUL.

    Listed after LocaleMiddleware, so the answer is in the visitor's language,
    and before anything that reads the session or the database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _carries_nul(request):
            return self.get_response(request)
        message = _(
            "The request holds a character that is not allowed (NUL). Remove it and try again."
        )
        if request.path_info.startswith("/api/"):
            # The API's error shape (atnet.api.v1.ErrorOut): a message and the detail.
            return JsonResponse({"message": message, "detail": message}, status=400)
        return render(request, "400.html", {"message": message}, status=400)
