import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english():
    """Addresses reversed in these tests are the English ones, so messages read in English."""
    with translation.override("en"):
        yield
