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
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "atnet:portal:content-version"
TIMEOUT = 60
_MISSING = object()


# The version is read once per request (a page asks for it for every cached
# part; with Redis each read is a round trip), and only inside a request, so a
# long-running task or command always reads the current one.
_this_request = threading.local()


@receiver(request_started)
def _request_started(**kwargs) -> None:
    _this_request.active, _this_request.version = True, None


@receiver(request_finished)
def _request_finished(**kwargs) -> None:
    _this_request.active, _this_request.version = False, None


def content_version() -> int:
    version = getattr(_this_request, "version", None)
    if version is not None:
        return version
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    if getattr(_this_request, "active", False):
        _this_request.version = version
    return version


def content_changed() -> None:
    """Every cached part is stale from now on (for the rest of this request too)."""
    version = time.time_ns()
    cache.set(VERSION_KEY, version, None)
    if getattr(_this_request, "active", False):
        _this_request.version = version


def key_part(value: Any) -> str:
    """A cache-safe piece of a key for any value (visitor input included)."""
    text = str(value)
    if text.isalnum() and len(text) <= 40:
        return text
    return hashlib.sha256(text.encode()).hexdigest()[:32]


# Entries never change under their key (the key holds the content version), so
# each process also keeps those it has read in its own memory: with Redis a
# page then costs one shared read (the version) instead of one per part. The
# shared entry carries its deadline, so every copy expires when it does.
_local = LocMemCache("atnet-portal-parts", {"TIMEOUT": TIMEOUT, "OPTIONS": {"MAX_ENTRIES": 5000}})


def cached(name: str, parts: Iterable[Any], compute: Callable[[], Any]) -> Any:
    """`compute()`, kept until the content changes (or `TIMEOUT` seconds)."""
    key = ":".join(["atnet:portal", name, str(content_version()), *map(key_part, parts)])
    value = _local.get(key, _MISSING)
    if value is not _MISSING:
        return value
    entry = cache.get(key)
    if entry is None:
        entry = (time.time() + TIMEOUT, compute())
        cache.set(key, entry, TIMEOUT)
    deadline, value = entry
    if deadline - time.time() > 0:
        _local.set(key, value, deadline - time.time())
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
