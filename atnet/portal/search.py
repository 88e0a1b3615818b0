"""Site search over the visitor's language, folded for case and diacritics."""

import re

from django.utils.html import conditional_escape, format_html_join
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Locale, Page

from atnet.core.text import fold, search_terms

from .visibility import restricted_paths

_WORD = re.compile(r"(\w+)", re.UNICODE)


def search_pages(*, query: str, locale: Locale):
    """Live public pages of `locale` matching every word of `query`, best first."""
    terms = search_terms(query)
    if not terms:
        return Page.objects.none(), terms
    pages = Page.objects.live().filter(locale=locale)
    restricted = restricted_paths()
    if restricted:
        pages = pages.exclude(pk__in=_restricted_ids(restricted))
    return pages.specific().search(" ".join(terms), operator="and"), terms


def _restricted_ids(paths: list[str]) -> list[int]:
    ids: list[int] = []
    for path in paths:
        ids += Page.objects.filter(path__startswith=path).values_list("pk", flat=True)
    return ids


def highlight(text: str, terms: list[str]) -> SafeString:
    """`text` escaped, with every word that starts like a search term wrapped in <mark>."""
    if not text:
        return mark_safe("")  # noqa: S308 - empty string
    parts = _WORD.split(text)
    return format_html_join("", "{}", ((_mark_if_match(part, terms),) for part in parts))


def _mark_if_match(part: str, terms: list[str]):
    if part and any(fold(part).startswith(term) for term in terms):
        return mark_safe(f"<mark>{conditional_escape(part)}</mark>")  # noqa: S308 - escaped
    return part
