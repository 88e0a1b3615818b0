"""The public read-only API, version 1.

Every app with an `api.py` that defines `router` (a ninja Router) is mounted at
/api/v1/; its paths name themselves (e.g. "/legislation").
"""

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI

from atnet.core.discovery import app_modules

api = NinjaAPI(
    title="atnet public API",
    version="1",
    description=str(
        _("Read-only public data of the anti-trafficking and gender network of Moldova.")
    ),
    urls_namespace="api-v1",
    docs_url="/docs",
    openapi_url="/openapi.json",
)

for module in app_modules("api"):
    api.add_router("/", module.router)
