"""What the one search page looks through, declared by each app in its `searching.py`.

An app's module lists `SEARCH_KINDS`: a `PageKind` narrows the page search to
some page types (legislation, projects...), a `RecordKind` searches public
records that are not pages (organisations, courses, materials) through their
folded index column. The search page asks every kind; no shared file names the
apps (atnet.core.discovery), so portal imports none of them.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from django.db.models import Model, QuerySet
from django.utils.functional import Promise

from atnet.core.discovery import app_modules


@dataclass(frozen=True)
class PageKind:
    key: str
    label: Promise
    page_types: tuple[type, ...]
    order: int = 50


@dataclass(frozen=True)
class RecordHit:
    title: str
    summary: str
    url: str


@dataclass(frozen=True)
class RecordKind:
    """`records()` gives the public ones, each with its folded index column;
    `listing_url(language)` is the page that lists them (one query, asked once
    per search); `hit(record, listing_url)` says how one is shown and linked."""

    key: str
    label: Promise
    records: Callable[[], QuerySet]
    listing_url: Callable[[str], str]
    hit: Callable[[Model, str], RecordHit]
    order: int = 50


@cache
def search_kinds() -> tuple[PageKind | RecordKind, ...]:
    """Every kind the installed apps declare, in their stated order (found once per
    process: looking for each app's module on every search would be wasted work)."""
    kinds = [kind for module in app_modules("searching") for kind in module.SEARCH_KINDS]
    return tuple(sorted(kinds, key=lambda kind: (kind.order, kind.key)))
