"""Schemathesis against /api/v1/openapi.json: no 5xx, and responses match the schema.

The schema is read from the running Django app (WSGI, in-process) inside the
test database, with a little published content so list endpoints return items
whose shape is checked too. Schemathesis generates both valid and invalid
query and path parameters (its positive and negative modes) for every
operation of the document, so an endpoint added later is covered without
touching this file.
"""

import datetime as dt

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from atnet.portal.tests.factories import EventPageFactory, NewsPageFactory

SCHEMA_PATH = "/api/v1/openapi.json"
# Status-code conformance: every answer's status (errors too) is one the document lists.
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]


@pytest.fixture
def published(news_index, event_index):
    from atnet.geo.models import AdministrativeUnit

    NewsPageFactory(parent=news_index)
    EventPageFactory(
        parent=event_index,
        start=dt.datetime(2027, 6, 1, 7, 0, tzinfo=dt.UTC),
        unit=AdministrativeUnit.objects.get(code="MD-CA"),
    )


@pytest.fixture
def api_schema(db, published):
    """The schema, with requests served by the WSGI app inside this test's transaction.

    A real WSGI handler closes the database connection when each request ends,
    which would lose the test transaction; Django's test client unhooks that
    signal for the same reason, and so does this fixture while the test runs.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi(SCHEMA_PATH, get_wsgi_application())
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _operations(api_schema):
    return [result.ok() for result in api_schema.get_all_operations()]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_the_api_never_fails_and_keeps_to_its_schema(api_schema, mode):
    """Every operation, valid and invalid parameters: no 5xx, each answer in the documented shape.

    (Schemathesis's own lazy pytest loader does not run under this pytest, so each
    operation's strategy is driven by Hypothesis here.)
    """
    failures = {}
    for operation in _operations(api_schema):

        @FUZZ
        @given(case=operation.as_strategy(generation_mode=mode))
        def fuzz(case):
            case.call_and_validate(checks=CHECKS)

        try:
            fuzz()
        except Unsatisfiable:
            # Negative mode: an operation without parameters has nothing to get wrong.
            assert mode == GenerationMode.NEGATIVE and not _has_parameters(operation)
        except Exception as error:  # noqa: BLE001 - collected, reported all at once below
            failures[f"{operation.method.upper()} {operation.path}"] = error
    assert not failures, "\n\n".join(f"{name}: {error}" for name, error in failures.items())


def _has_parameters(operation) -> bool:
    return any(True for _ in operation.iter_parameters())


@pytest.mark.parametrize("page", [10**30, 2**63, 1_000_001])
def test_a_huge_page_number_is_a_422_not_a_500(client, db, page):
    """Regression (found by Schemathesis): OFFSET beyond PostgreSQL's bigint was a 500."""
    assert client.get(f"/api/v1/news?page={page}&page_size=180").status_code == 422


@pytest.mark.parametrize("year", [-251, 0, 1, 9999])
def test_a_meeting_year_out_of_range_is_a_422_not_a_500(client, db, year):
    """Regression (found by Schemathesis): `year=-251` and `year=1` were 500s."""
    assert client.get(f"/api/v1/meetings?year={year}&lang=en").status_code == 422


@pytest.mark.parametrize("path", ["news", "glossary", "legislation", "meetings", "projects"])
def test_an_id_beyond_64_bits_is_a_422_not_a_500(client, db, path):
    """Regression (found by Schemathesis): /api/v1/news/410056952279078371925688320 was a 500."""
    assert client.get(f"/api/v1/{path}/410056952279078371925688320").status_code == 422
    assert client.get(f"/api/v1/{path}/0").status_code == 422


def test_the_schema_lists_every_endpoint(api_schema):
    """Schemathesis sees all operations: a router mounted later is fuzzed as well."""
    from atnet.api.v1 import api

    operations = _operations(api_schema)
    paths = {operation.path for operation in operations}
    assert len(operations) >= 10
    assert {"/api/v1/news", "/api/v1/events"} <= paths
    assert paths == {"/api/v1" + path.rstrip("/") for path in _routes(api)} - {"/api/v1"}


def _routes(api) -> set[str]:
    return {
        prefix.rstrip("/") + path
        for prefix, router in api._routers
        for path in router.path_operations
        if not path.endswith("openapi.json") and not path.endswith("docs")
    }
