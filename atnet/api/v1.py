"""The public read-only API, version 1.

Every app with an `api.py` that defines `router` (a ninja Router) is mounted at
/api/v1/; its paths name themselves (e.g. "/legislation").

Errors answer in one documented shape, `{"message": ..., "detail": ...}`, with the
message in the language asked for with `lang` (else Accept-Language); every
operation in the OpenAPI document lists the 400, 404 and 422 answers.
"""

from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError, ValidationError

from atnet.core.discovery import app_modules

from .common import LanguageCode

LANGUAGES = {code.value for code in LanguageCode}


class ErrorOut(Schema):
    message: str
    detail: str | list[dict]


ERROR_RESPONSES = {
    "400": _("The request cannot be understood."),
    "404": _("Nothing was found at this address."),
    "422": _("A parameter has a value the API does not accept."),
}


class PublicAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs):
        """The generated document, with the error answers every operation can give."""
        schema = super().get_openapi_schema(**kwargs)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["Error"] = ErrorOut.model_json_schema()
        reference = {"$ref": "#/components/schemas/Error"}
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                for status, description in ERROR_RESPONSES.items():
                    responses[status] = {
                        "description": str(description),
                        "content": {"application/json": {"schema": reference}},
                    }
        return schema


api = PublicAPI(
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


def _language(request) -> str:
    """`lang` when it names a site language, else the one negotiated from the request.

    A failed validation never reaches the view that would activate `lang`.
    """
    requested = request.GET.get("lang", "")
    return requested if requested in LANGUAGES else translation.get_language_from_request(request)


@api.exception_handler(ValidationError)
def validation_error(request, exc):
    with translation.override(_language(request)):
        message = str(ERROR_RESPONSES["422"])
    return api.create_response(request, {"message": message, "detail": exc.errors}, status=422)


@api.exception_handler(Http404)
def not_found(request, exc):
    with translation.override(_language(request)):
        message = str(ERROR_RESPONSES["404"])
    return api.create_response(request, {"message": message, "detail": "Not Found"}, status=404)


@api.exception_handler(HttpError)
def http_error(request, exc):
    key = str(exc.status_code) if str(exc.status_code) in ERROR_RESPONSES else "400"
    with translation.override(_language(request)):
        message = str(ERROR_RESPONSES[key])
    return api.create_response(
        request, {"message": message, "detail": str(exc)}, status=exc.status_code
    )
