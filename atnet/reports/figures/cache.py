"""Figures kept in the cache per period, scope, language and *data version*.

A figure is one or two aggregate queries over the records; the dashboard asks
for all of them at once. The result depends only on the records, the period
and scope, the language (labels, notes) and the time zone (months, bounds), so
it is cached under a key holding all of these and the data version: a number
that every write to the records replaces, which makes every stale figure
unreachable at once.

The version moves when a model of an app whose records the figures read is
saved or deleted (Django's signals), and when a business event is audited
(`atnet.core.services.log_action`), which covers the services' bulk writes
that send no signals. With the local-memory cache each process has its own
version, so `TIMEOUT` bounds how long another process's write may go unseen.
"""

import hashlib
import time
from collections.abc import Callable

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from django.utils.translation import get_language

VERSION_KEY = "atnet:reports:data-version"
TIMEOUT = 300
# The apps whose records the figures read (pages of projects and acts live in
# Wagtail's page table too); the audit log stands for the services' bulk writes.
DATA_APPS = frozenset(
    {"meetings", "trainings", "support", "projects", "legislation", "network", "geo"}
)


ALSO_WATCHED = frozenset({"core.AuditLogEntry", "wagtailcore.Page"})


def data_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    return version


def data_changed(**kwargs) -> None:
    """Every cached figure is stale from now on."""
    cache.set(VERSION_KEY, time.time_ns(), None)


def figure_key(slug: str, period) -> str:
    scope = f"{slug}|{period.start}|{period.end}|{period.region}|{period.domain}"
    context = f"{get_language()}|{timezone.get_current_timezone_name()}"
    digest = hashlib.sha256(f"{scope}|{context}".encode()).hexdigest()[:32]
    return f"atnet:reports:figure:{data_version()}:{digest}"


def cached_figure(slug: str, period, compute: Callable):
    """The figure from the cache, or computed by `compute()` and kept."""
    key = figure_key(slug, period)
    figure = cache.get(key)
    if figure is None:
        figure = compute()
        cache.set(key, figure, TIMEOUT)
    return figure


def connect_signals() -> None:
    """Moves the data version on every write to a model the figures may read."""
    for model in apps.get_models(include_auto_created=True):
        label = model._meta.label
        if model._meta.app_label in DATA_APPS or label in {
            "core.AuditLogEntry",
            "wagtailcore.Page",
        }:
            uid = f"atnet.reports.data_changed:{label}"
            post_save.connect(data_changed, sender=model, dispatch_uid=uid)
            post_delete.connect(data_changed, sender=model, dispatch_uid=uid)
    m2m_changed.connect(_m2m_changed, dispatch_uid="atnet.reports.data_changed:m2m")


def _m2m_changed(sender, action: str, **kwargs) -> None:
    if action.startswith("post_") and sender._meta.app_label in DATA_APPS:
        data_changed()
