"""Site search over the visitor's language, folded for case and diacritics,
stemmed, and across scripts (atnet.core.text; place names by atnet.geo.names).

Each word of the query becomes a set of alternative forms (the word, its stems,
its transliteration, the unit names it stands for): a page matches when, for
every word, one of its forms is a word of the page's index (which holds the
stems too).

A query that matches up to `RANKED_AT_MOST` pages is ranked by relevance and
counted exactly. A broader one (a single common word over 100,000 pages) is
shown newest first, with "more than N results": ranking and counting every
match is what made such a search slow (PostgreSQL read the full text of each
of 4,000 matches to rank them, about 130 ms; see docs/performance.md), and a
visitor narrows a broad search with another word rather than reading page 400.

On PostgreSQL the statements are written here, over the search backend's own
index table (`wagtailsearch_indexentry`, filled by Wagtail's indexing), so that
the count stops at the cap and the newest-first order reads no full text. On
SQLite (development, and the first of CI's two test runs) Wagtail's search API
gives the same two behaviours.
"""

import html
import re
from collections import defaultdict
from functools import cached_property, lru_cache

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Locale, Page
from wagtail.search.backends.database.postgres.weights import get_sql_weights
from wagtail.search.query import And, Or, PlainText

from atnet.core.text import fold, query_alternatives
from atnet.geo.names import place_name_forms

from .visibility import public_only, restricted_paths

_WORD = re.compile(r"(\w+)", re.UNICODE)
# Above this many matches a search is shown newest first and its count as "more than".
RANKED_AT_MOST = 500


class SearchResults:
    """The matching pages of one search, sliced by the paginator one page at a time."""

    capped_at = RANKED_AT_MOST

    def count(self) -> int:
        """Matches, at most `capped_at` (the paginator's count: page links end there)."""
        return min(self.matches, self.capped_at)

    def __len__(self) -> int:
        return self.count()

    @property
    def capped(self) -> bool:
        return self.matches > self.capped_at

    @cached_property
    def matches(self) -> int:
        """How many pages match, counting no further than one past the cap."""
        raise NotImplementedError

    def __getitem__(self, key: slice) -> list[Page]:
        """One page of results (the paginator always asks for a bounded slice)."""
        start = key.start or 0
        stop = self.count() if key.stop is None else key.stop
        return _specific_pages(self.found(start, stop))

    def found(self, start: int, stop: int) -> list[tuple[int, int]]:
        """(page id, content type id) of the matches from `start` to `stop`, in order."""
        raise NotImplementedError


def _specific_pages(found: list[tuple[int, int]]) -> list[Page]:
    """The pages as their own models (for their summary), one query per model: the
    search already knows each page's type, so Wagtail's query for it is saved."""
    ids_by_model = defaultdict(list)
    for page_id, content_type_id in found:
        # A type whose model is gone (an app removed, its pages left) reads as a plain page.
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        ids_by_model[model].append(page_id)
    by_id = {}
    for model, ids in ids_by_model.items():
        by_id |= {page.pk: page for page in model.objects.filter(pk__in=ids).defer_streamfields()}
    return [by_id[page_id] for page_id, _type in found if page_id in by_id]


class NoResults(SearchResults):
    matches = 0

    def found(self, start, stop):
        return []


Alternatives = list[frozenset[str]]


def search_alternatives(query: str, language: str) -> Alternatives:
    """For each word of `query`, the forms that may match it on the `language` site."""
    return [
        forms | place_name_forms(forms, language) for forms in query_alternatives(query, language)
    ]


def highlight_forms(alternatives: Alternatives) -> list[str]:
    """Every form of every word: a shown word is marked when it begins with one."""
    return sorted({form for forms in alternatives for form in forms})


def search_pages(
    *, alternatives: Alternatives, locale: Locale, page_types: tuple = ()
) -> SearchResults:
    """Live public pages of `locale` (of `page_types`, when given) matching every
    word: ranked when there are at most `RANKED_AT_MOST`, newest first when more."""
    if not alternatives:
        return NoResults()
    type_ids = [ContentType.objects.get_for_model(model).pk for model in page_types]
    if connection.vendor == "postgresql":
        return PostgresSearch(alternatives, locale.pk, restricted_paths(), type_ids)
    return WagtailSearch(alternatives, locale, type_ids)


class WagtailSearch(SearchResults):
    """Through Wagtail's search API (SQLite's full-text index in development and tests).

    Each form is a whole word, as in PostgresSearch (no prefixes on either).
    """

    def __init__(self, alternatives: Alternatives, locale: Locale, type_ids: list[int]):
        self.query = And(
            [Or([PlainText(form) for form in sorted(forms)]) for forms in alternatives]
        )
        pages = public_only(Page.objects.live().filter(locale=locale))
        self.pages = pages.filter(content_type_id__in=type_ids) if type_ids else pages

    @cached_property
    def matches(self) -> int:
        return self.pages.search(self.query).count()

    def found(self, start, stop):
        if self.capped:
            newest = self.pages.order_by("-first_published_at", "-id")
            pages = newest.search(self.query, order_by_relevance=False)
        else:
            pages = self.pages.search(self.query)
        return [(page.pk, page.content_type_id) for page in pages[start:stop]]


class PostgresSearch(SearchResults):
    """The same as WagtailSearch, in statements that read only what each page needs.

    Matching is the backend's own (`title || body @@ query`, served by the GIN
    index of migration core 0002); ranking is the backend's formula, title
    weighted by its norm, plus the body. The index keeps a page's entry under
    its specific content type, which is the page's own `content_type_id`.

    Two ways through the tables, because index entries know no locale:
    - counting and ranking start from the matching entries and look each one's
      page up by id (`MATCHED_ENTRIES`); the planner would otherwise hash every
      page of the locale first (40 ms for 33,000 pages, measured in bench/);
    - newest first walks the locale's live pages in order (the index of
      migration portal 0004) and stops after one page of results.
    """

    def __init__(
        self,
        alternatives: Alternatives,
        locale_id: int,
        restricted: tuple[str, ...],
        type_ids: list[int],
    ):
        self.params = {
            "query": tsquery_text(alternatives),
            "locale": locale_id,
            "types": type_ids,
            "restricted": [f"{path}%" for path in restricted],
            "weights": get_sql_weights(),
            # The text search configuration the backend indexes with (settings: 'simple').
            "config": settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG", "simple"),
        }
        self.conditions = " AND NOT (p.path LIKE ANY (%(restricted)s))" if restricted else ""
        if type_ids:
            self.conditions += " AND p.content_type_id = ANY (%(types)s)"

    @cached_property
    def matches(self) -> int:
        found = MATCHED_ENTRIES.format(columns="1", conditions=self.conditions)
        sql = f"SELECT count(*) FROM ({found} LIMIT %(limit)s) AS found"  # noqa: S608 - constants
        return self._fetch(sql, limit=self.capped_at + 1)[0][0]

    def found(self, start, stop):
        if self.capped:
            sql = NEWEST_PAGES.format(conditions=self.conditions)
        else:
            found = MATCHED_ENTRIES.format(
                columns=f"p.id, p.content_type_id, {RANK} AS rank", conditions=self.conditions
            )
            sql = f"SELECT id, content_type_id FROM ({found}) AS found ORDER BY rank DESC, id DESC"  # noqa: S608
        sql += " LIMIT %(limit)s OFFSET %(offset)s"
        return self._fetch(sql, limit=stop - start, offset=start)

    def _fetch(self, sql: str, **extra) -> list[tuple]:
        with connection.cursor() as cursor:
            # Every value is a bound parameter; the SQL is this module's own text.
            cursor.execute(sql, {**self.params, **extra})
            return cursor.fetchall()


_SAFE_FORM = re.compile(r"^[^\W_]+$")


def tsquery_text(alternatives: Alternatives) -> str:
    """`(a | b) & (c)`: a query in tsquery syntax, made only of letters and digits
    between our own quotes and operators (a form with anything else is left out)."""
    groups = []
    for forms in alternatives:
        quoted = [f"'{form}'" for form in sorted(forms) if _SAFE_FORM.match(form)]
        if quoted:
            groups.append("(" + " | ".join(quoted) + ")")
    return " & ".join(groups)


QUERY = "to_tsquery(%(config)s::regconfig, %(query)s)"
MATCHES = f"(e.title || e.body) @@ {QUERY}"
PAGE_SHOWN = "p.live AND p.locale_id = %(locale)s"
# The LATERAL lookup (with its LIMIT) keeps the planner probing pages by id.
MATCHED_ENTRIES = f"""SELECT {{columns}} FROM wagtailsearch_indexentry e
    CROSS JOIN LATERAL (
        SELECT p.id, p.content_type_id FROM wagtailcore_page p
        WHERE p.id::varchar(50) = e.object_id AND p.content_type_id = e.content_type_id
          AND {PAGE_SHOWN}{{conditions}} LIMIT 1
    ) p
    WHERE {MATCHES}"""  # noqa: S608 - this module's constants; values are bound parameters
NEWEST_PAGES = f"""SELECT p.id, p.content_type_id FROM wagtailcore_page p
    JOIN wagtailsearch_indexentry e
      ON e.content_type_id = p.content_type_id AND e.object_id = p.id::varchar(50)
    WHERE {PAGE_SHOWN}{{conditions}} AND {MATCHES}
    ORDER BY p.first_published_at DESC NULLS LAST, p.id DESC"""  # noqa: S608 - as above
# The backend's ranking: title (boosted by its norm) plus body, with its weights.
RANK = (
    f"(ts_rank(%(weights)s::float4[], e.title, {QUERY}) * e.title_norm"
    f" + ts_rank(%(weights)s::float4[], e.body, {QUERY}))"
)


def highlight(text: str, terms: list[str]) -> SafeString:
    """`text` escaped, with every word that starts like a search term wrapped in <mark>.

    Twenty of these make a page of results: one pass over the words, escaping
    with the standard library and folding each distinct word once per process.
    """
    if not text:
        return mark_safe("")  # noqa: S308 - empty string
    prefixes = tuple(terms)
    parts = _WORD.split(str(text))  # words at odd positions, what lies between at even ones
    marked = (
        f"<mark>{html.escape(part)}</mark>"
        if position % 2 and _folded(part).startswith(prefixes)
        else html.escape(part)
        for position, part in enumerate(parts)
    )
    return mark_safe("".join(marked))  # noqa: S308 - every part escaped


@lru_cache(maxsize=8192)
def _folded(word: str) -> str:
    return fold(word)
