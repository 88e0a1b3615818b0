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
