"""What every public API endpoint shares: the language parameter and pagination."""

from enum import StrEnum

from django.utils import translation
from ninja.pagination import PageNumberPagination
from wagtail.models import Locale


class LanguageCode(StrEnum):
    RO = "ro"
    EN = "en"
    RU = "ru"


PAGE_SIZE = 20


class ApiPagination(PageNumberPagination):
    """Page-number pagination with the API's page size."""

    def __init__(self, page_size: int = PAGE_SIZE, **kwargs):
        super().__init__(page_size=page_size, **kwargs)


def locale_for(lang: LanguageCode | None, request) -> Locale:
    """The requested language, else the one negotiated from Accept-Language."""
    code = lang.value if lang else translation.get_language_from_request(request)
    translation.activate(code)
    return Locale.objects.get(language_code=code)
