"""The public read-only API, version 1. Each app adds its router in `ROUTERS`."""

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI

from atnet.portal.api import router as portal_router

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

ROUTERS = [("/", portal_router)]
for prefix, router in ROUTERS:
    api.add_router(prefix, router)
