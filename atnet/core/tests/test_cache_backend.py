"""Production's Redis cache backend (Django's own, unmodified) keeps values as given."""

import socket

import pytest
from django.core.cache.backends.redis import RedisCache

REDIS = "redis://127.0.0.1:6379/9"


def _redis_running() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        return False
    return True


pytestmark = pytest.mark.skipif(not _redis_running(), reason="needs Redis on 127.0.0.1:6379")


@pytest.fixture
def redis_cache():
    backend = RedisCache(REDIS, {"KEY_PREFIX": "atnet-test-backend"})
    yield backend
    backend.clear()


def test_values_round_trip_as_with_djangos_backend(redis_cache):
    redis_cache.set("tuple", (1.5, ["menu", {"url": "/ro/"}]), 30)
    assert redis_cache.get("tuple") == (1.5, ["menu", {"url": "/ro/"}])
    assert redis_cache.add("tuple", "other", 30) is False
    redis_cache.delete("tuple")
    assert redis_cache.get("tuple", "gone") == "gone"
