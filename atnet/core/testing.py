"""Helpers for the apps' tests."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_cold(make_request) -> int:
    """SQL queries of one request with nothing cached, as right after a publish.

    Query budgets compare two sizes of data; measuring both cold keeps the
    site, menu and count caches from making the second look cheaper.
    """
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        make_request()
    return len(captured)


def page_queries_cold(client, url: str) -> int:
    """`queries_cold` of a GET that must answer 200."""
    responses = []
    count = queries_cold(lambda: responses.append(client.get(url)))
    assert responses[0].status_code == 200, url
    return count
