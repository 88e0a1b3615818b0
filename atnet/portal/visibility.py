"""Which pages the public may see, without a query per listing.

Wagtail's `.public()` reads every view restriction each time it is called, and
a public page calls it for the menu, the switcher and each listing. The
restricted paths change rarely, so they are cached and dropped whenever a
restriction is saved or deleted (with Redis, for every worker at once; with the
local-memory cache, other processes see the change within the timeout).
"""

from django.core.cache import cache
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction

CACHE_KEY = "atnet:portal:restricted-paths"
CACHE_SECONDS = 60


def restricted_paths() -> tuple[str, ...]:
    paths = cache.get(CACHE_KEY)
    if paths is None:
        paths = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(CACHE_KEY, paths, CACHE_SECONDS)
    return paths


def public_only(pages: QuerySet) -> QuerySet:
    """`pages` without those under a view restriction (password, sign-in, groups)."""
    for path in restricted_paths():
        pages = pages.exclude(path__startswith=path)
    return pages


@receiver([post_save, post_delete], sender=PageViewRestriction)
def _forget_restricted_paths(**kwargs) -> None:
    cache.delete(CACHE_KEY)
