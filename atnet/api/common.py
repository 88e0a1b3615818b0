"""What every public API endpoint shares: the language parameter and pagination."""

from enum import StrEnum
from typing import Annotated

from django.utils import translation
from ninja import Field, Path, Schema
from ninja.pagination import PageNumberPagination
from wagtail.models import Locale


class LanguageCode(StrEnum):
    RO = "ro"
    EN = "en"
    RU = "ru"


PAGE_SIZE = 20
# Far beyond any real listing, and keeps OFFSET inside PostgreSQL's bigint: a page
# number of 10**30 was a 500 (found by Schemathesis), now it is a 422.
MAX_PAGE = 1_000_000


# An id a row could have. Beyond 64 bits the lookup itself failed (OverflowError on
# SQLite, "bigint out of range" on PostgreSQL): a 500, found by Schemathesis; now a 422.
MAX_ID = 2**63 - 1
ObjectId = Annotated[int, Path(ge=1, le=MAX_ID)]


class ApiPagination(PageNumberPagination):
    """Page-number pagination with the API's page size."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE)
        page_size: int | None = Field(None, ge=1)

    def __init__(self, page_size: int = PAGE_SIZE, **kwargs):
        super().__init__(page_size=page_size, **kwargs)


def locale_for(lang: LanguageCode | None, request) -> Locale:
    """The requested language, else the one negotiated from Accept-Language."""
    code = lang.value if lang else translation.get_language_from_request(request)
    translation.activate(code)
    return Locale.objects.get(language_code=code)
