from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from atnet.api.v1 import api
from atnet.core.discovery import app_modules
from atnet.core.views import favicon, healthz, robots_txt
from atnet.portal.sitemap import sitemap

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path("api/v1/", api.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif getattr(settings, "ATNET_SERVE_MEDIA", False):
    # `make run` serves with DEBUG off (the site's own error pages); uploads still show.
    from django.urls import re_path
    from django.views.static import serve

    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    ]

# Everything public lives under /ro/, /en/ or /ru/; a bare path such as `/` is
# redirected by LocaleMiddleware to the language the browser asks for.
# Each app's `urls.py` (public pages and the members' workspace) is mounted
# here; Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    *[path("", include(module)) for module in app_modules("urls")],
    path("", include("atnet.portal.routing")),  # Wagtail's page URLs, routes cached
    prefix_default_language=True,
)

handler404 = "atnet.core.errors.page_not_found"
handler500 = "atnet.core.errors.server_error"
