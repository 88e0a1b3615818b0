from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

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
