import pytest
from django.core.cache import cache
from django.utils import translation

from atnet.network.tests.conftest import cahul, coordinator, focal_a, org_a  # noqa: F401


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture(autouse=True)
def _romanian_urls():
    # A request to /en/... leaves English active in this thread; reverse() in
    # the next test would then name /en/ addresses while the pages say /ro/.
    translation.activate("ro")
    yield
    translation.activate("ro")
