"""No 500 from crafted input: every form of the workspace, posted generated values.

Each workspace page that shows a POST form is opened by the persona that may
use it (the access matrix says who gets a 200), its field names are read from
the page, and Hypothesis posts values meant to break parsing: digits of other
scripts, numbers no column holds, far dates, NUL, long strings. Every answer
must be below 500. Each post runs in a transaction that is rolled back, so the
world stays as built.
"""

import contextlib
import re

import pytest
from django.conf import settings as django_settings
from django.db import transaction
from django.test import Client, override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from .access_matrix.addresses import address
from .access_matrix.patterns import LANG, project_patterns
from .access_matrix.table import expected_table
from .access_matrix.world import world_build

TWO_FACTOR = "atnet.accounts.middleware.TwoFactorMiddleware" in django_settings.MIDDLEWARE
# Who may use a form, tried in this order: the least powerful persona the table lets in.
USERS = ("focal_a", "coord", "admin")
POST_FORM = re.compile(r"<form\b[^>]*method=\"post\"[^>]*>(.*?)</form>", re.S | re.I)
FIELD_NAME = re.compile(r"<(?:input|select|textarea)\b[^>]*\bname=\"([^\"]+)\"", re.I)
SKIPPED_FIELDS = {"csrfmiddlewaretoken"}

CRAFTED = st.sampled_from(
    [
        "²",
        "١٢٣",
        "٣",
        "9" * 40,
        "-9" * 20,
        "99999999999999999999",
        "-1",
        "0",
        "1e309",
        "NaN",
        "9999-12-31",
        "0001-01-01",
        "99999-01-01",
        "2026-02-30",
        "9999-12-31T23:59",
        "\x00",
        "a\x00b",
        "x" * 20_000,
        "",
        " ",
    ]
)
VALUES = st.one_of(
    CRAFTED,
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.dates().map(str),
    st.text(max_size=40),
)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("crafted-media")
    files = override_settings(MEDIA_ROOT=media, ATNET_PRIVATE_ROOT=str(media / "private"))
    with files, django_db_blocker.unblock(), transaction.atomic():
        built = world_build()
        built.media = media
        yield built
        transaction.set_rollback(True)


def _client(user) -> Client:
    client = Client(raise_request_exception=False)
    if TWO_FACTOR:
        from atnet.accounts.testing import sign_in_verified

        sign_in_verified(client, user)
    else:
        client.force_login(user)
    return client


def _form_fields(html: str) -> list[str]:
    names = []
    for form in POST_FORM.findall(html):
        names += [name for name in FIELD_NAME.findall(form) if name not in SKIPPED_FIELDS]
    return sorted(set(names))


def workspace_forms(world) -> list[tuple[str, str, list[str]]]:
    """(persona, path, field names) of every workspace page with a POST form."""
    table = expected_table()
    found = []
    for pattern in project_patterns():
        if not pattern.key.startswith(f"{LANG}workspace/"):
            continue
        row = table.get(pattern.key, {})
        persona = next((name for name in USERS if row.get(name) == "ok"), None)
        if persona is None:
            continue
        path = address(pattern.key, world)
        page = _client(world.users[persona]).get(path)
        if page.status_code != 200 or "text/html" not in page.get("Content-Type", ""):
            continue
        fields = _form_fields(page.content.decode())
        if fields:
            found.append((persona, path, fields))
    return found


@pytest.mark.django_db
def test_no_workspace_form_answers_500_to_crafted_values(world, settings):
    settings.MEDIA_ROOT = world.media
    settings.ATNET_PRIVATE_ROOT = str(world.media / "private")
    forms = workspace_forms(world)
    assert len(forms) >= 10, forms  # the workspace has many forms: the discovery works
    failures = []
    for persona, path, fields in forms:
        _fuzz(_client(world.users[persona]), path, fields, failures)
    assert not failures, failures[:5]


def _fuzz(client, path: str, fields: list[str], failures: list) -> None:
    """Post generated values into every field of one form; a 5xx is recorded."""

    @hypothesis_settings(
        max_examples=10,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.fixed_dictionaries({name: VALUES for name in fields}))
    def post(data):
        with transaction.atomic():
            response = client.post(path, data)
            transaction.set_rollback(True)
        if response.status_code >= 500:
            failures.append((path, data))
        assert response.status_code < 500, (path, data)

    with contextlib.suppress(AssertionError):
        post()  # a failure is recorded in failures; the other forms are still tried


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "year=²",
        "year=99999999999999999999",
        "key=abc",
        "key=²",
        "key=99999999999999999999999",
        "key=a%00b",
        "from=9999-12-31&to=9999-12-31",
        "to=9999-12-31",
        "from=0001-01-01",
    ],
)
def test_report_parameters_never_answer_500(world, settings, query):
    settings.MEDIA_ROOT = world.media
    settings.ATNET_PRIVATE_ROOT = str(world.media / "private")
    client = _client(world.users["coord"])
    paths = [
        f"/ro/workspace/reports/?{query}",
        f"/ro/workspace/trainings/figures/?{query}",
    ]
    paths += [f"/ro/workspace/reports/records/{slug}/?{query}" for slug in _report_slugs()]
    for path in paths:
        response = client.get(path)
        assert response.status_code < 500, path


def _report_slugs() -> list[str]:
    from atnet.reports.figures import BY_SLUG

    return sorted(BY_SLUG)
