"""Which pages the public may see, without a query per listing.

Wagtail's `.public()` reads every view restriction each time it is called, and
a public page calls it for the menu, the switcher and each listing. The
restricted paths change rarely, so they are cached under the content version,
which moves whenever a restriction is saved or deleted (`atnet.portal.cache`).
"""

from django.db.models import QuerySet
from wagtail.models import PageViewRestriction

from .cache import cached


def restricted_paths() -> tuple[str, ...]:
    return cached("restricted-paths", (), _read_restricted_paths)


def _read_restricted_paths() -> tuple[str, ...]:
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def public_only(pages: QuerySet) -> QuerySet:
    """`pages` without those under a view restriction (password, sign-in, groups)."""
    for path in restricted_paths():
        pages = pages.exclude(path__startswith=path)
    return pages
