"""System checks: what `check --deploy` must find in a production configuration."""

from django.conf import settings
from django.core.checks import Warning, register

LOCAL_CACHE = "django.core.cache.backends.locmem.LocMemCache"

SHARED_CACHE_MISSING = Warning(
    "The cache is local to each process (REDIS_URL is not set).",
    hint=(
        "Every gunicorn worker would keep its own sign-in throttling counters and its own "
        "menus and listing counts, stale for up to a minute after a publish. Set REDIS_URL."
    ),
    id="atnet.core.W001",
)


@register(deploy=True)
def shared_cache(app_configs=None, **kwargs) -> list:
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    return [SHARED_CACHE_MISSING] if backend == LOCAL_CACHE else []


# Session engines that keep sessions where only one machine sees them.
NODE_LOCAL_SESSIONS = {"django.contrib.sessions.backends.file"}
# Task backends that run tasks in the process that queued them, with no shared queue.
NODE_LOCAL_TASKS = {
    "django_tasks.backends.immediate.ImmediateBackend",
    "django_tasks.backends.dummy.DummyBackend",
}


def node_local_state() -> list[str]:
    """What this configuration keeps on one machine that every node must share."""
    from atnet.settings.storage import uses_bucket

    found = []
    if not uses_bucket(settings.STORAGES):
        found.append("uploaded files are on the local disk (set ATNET_STORAGE_URL)")
    if settings.CACHES.get("default", {}).get("BACKEND") in (
        LOCAL_CACHE,
        "django.core.cache.backends.filebased.FileBasedCache",
        "django.core.cache.backends.dummy.DummyCache",
    ):
        found.append("the cache is local (set REDIS_URL)")
    engine = settings.SESSION_ENGINE
    local_cache = any(item.startswith("the cache") for item in found)
    if engine in NODE_LOCAL_SESSIONS or (engine.endswith(".cache") and local_cache):
        found.append(f"sessions are kept by {engine}")
    if settings.TASKS.get("default", {}).get("BACKEND") in NODE_LOCAL_TASKS:
        found.append("background tasks have no shared queue (TASKS_BACKEND)")
    return found


@register(deploy=True)
def multi_node_shared_state(app_configs=None, **kwargs) -> list:
    if not getattr(settings, "ATNET_MULTI_NODE", False):
        return []
    found = node_local_state()
    if not found:
        return []
    return [
        Warning(
            "ATNET_MULTI_NODE is set, but " + "; ".join(found) + ".",
            hint=(
                "Each node would see its own files, sessions or cache: an upload through one "
                "node would be missing on another, a sign-out would not hold everywhere. "
                "See deploy/cluster/README.md."
            ),
            id="atnet.core.W002",
        )
    ]
