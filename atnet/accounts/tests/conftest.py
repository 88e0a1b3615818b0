import pytest
from django.core.cache import cache

from atnet.network.tests.conftest import cahul, coordinator, focal_a, org_a  # noqa: F401


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
