"""Shared parts of the public pages, kept in the cache until the content changes.

The menu, the home page's link, the language switcher and the number of
items of a listing are the same for every visitor and change only when an
editor publishes, unpublishes, moves or deletes a page. Each is cached under a
key that contains the *content version*, a number that every such change
replaces, so one change makes every stale entry unreachable at once.

With Redis (production) the version is shared by every worker, so a change
shows on the next request. With the local-memory cache each process has its
own version: a change made in another process shows there when the entries
expire (`TIMEOUT`), which bounds how stale they can be. The response itself
is never cached here (the nginx micro-cache in front does that).
"""

import hashlib
import time
from collections.abc import Callable, Iterable
from typing import Any

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "atnet:portal:content-version"
TIMEOUT = 60
_MISSING = object()


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    return version


def content_changed() -> None:
    """Every cached part is stale from now on."""
    cache.set(VERSION_KEY, time.time_ns(), None)


def key_part(value: Any) -> str:
    """A cache-safe piece of a key for any value (visitor input included)."""
    text = str(value)
    if text.isalnum() and len(text) <= 40:
        return text
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def cached(name: str, parts: Iterable[Any], compute: Callable[[], Any]) -> Any:
    """`compute()`, kept until the content changes (or `TIMEOUT` seconds)."""
    key = ":".join(["atnet:portal", name, str(content_version()), *map(key_part, parts)])
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(**kwargs) -> None:
    content_changed()


@receiver(post_delete)
def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        content_changed()


@receiver([post_save, post_delete], sender=Site)
@receiver([post_save, post_delete], sender=PageViewRestriction)
def _site_or_restriction_changed(**kwargs) -> None:
    content_changed()
