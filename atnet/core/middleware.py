from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_cache_control

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


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
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
