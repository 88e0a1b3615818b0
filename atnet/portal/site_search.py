"""The one search page: pages of every kind, and the public records that are not pages.

Without a kind the page lists the matching pages and, above them, the first
few organisations, courses and materials that match, each group with its count
and a link to all of it; with a kind, that kind alone. A fixed number of
queries either way, however many match (`RecordResults` counts once and reads
one slice).
"""

from functools import cached_property

from wagtail.models import Locale

from atnet.core.search import matching_forms

from .search import Alternatives, highlight, highlight_forms, search_alternatives, search_pages
from .search_kinds import PageKind, RecordHit, RecordKind, search_kinds

# How many of each record kind the "all kinds" view shows before "see all".
GROUP_SIZE = 3


class RecordResults:
    """One record kind's matches as hits, counted once, sliced by the paginator."""

    capped = False

    def __init__(self, kind: RecordKind, alternatives: Alternatives, language: str):
        self.kind = kind
        self.language = language
        self.records = matching_forms(kind.records(), alternatives)

    @cached_property
    def listing_url(self) -> str:
        return self.kind.listing_url(self.language)

    @cached_property
    def total(self) -> int:
        return self.records.count()

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, key: slice) -> list[RecordHit]:
        return [self.kind.hit(record, self.listing_url) for record in self.records[key]]

    def first(self) -> list[RecordHit]:
        return self[:GROUP_SIZE] if self.total else []


def site_search(*, query: str, locale: Locale, kind_key: str) -> dict:
    """What the search page shows for `query` on the `locale` site, narrowed to `kind_key`."""
    language = locale.language_code
    alternatives = search_alternatives(query, language)
    kinds = search_kinds()
    chosen = next((kind for kind in kinds if kind.key == kind_key), None)
    if isinstance(chosen, RecordKind):
        results, groups = RecordResults(chosen, alternatives, language), []
    else:
        page_types = chosen.page_types if isinstance(chosen, PageKind) else ()
        results = search_pages(alternatives=alternatives, locale=locale, page_types=page_types)
        groups = _record_groups(kinds, alternatives, language) if chosen is None else []
    return {
        "kinds": kinds,
        "kind": chosen,
        "results": results,
        "groups": groups,
        "forms": highlight_forms(alternatives),
        "searched": bool(alternatives),
    }


def _record_groups(kinds, alternatives: Alternatives, language: str) -> list[RecordResults]:
    if not alternatives:
        return []
    groups = [
        RecordResults(kind, alternatives, language)
        for kind in kinds
        if isinstance(kind, RecordKind)
    ]
    return [group for group in groups if group.total]


def shown(item, forms: list[str], request) -> dict:
    """A page or a record hit as one line of results: title and summary highlighted."""
    if isinstance(item, RecordHit):
        title, summary, url = item.title, item.summary, item.url
    else:
        title, summary, url = item.title, getattr(item, "summary", ""), item.get_url(request)
    return {
        "title": highlight(title, forms),
        "summary": highlight(_shortened(summary), forms),
        "url": url,
    }


def _shortened(text: str, words: int = 60) -> str:
    parts = (text or "").split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
