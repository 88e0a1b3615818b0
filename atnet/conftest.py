"""Shared fixtures: the site tree, personas and the browser, in one place for every app's tests.

Browser tests use Playwright in Debian's Chromium (/usr/bin/chromium, nothing is
downloaded). Without it they are skipped locally and fail in CI
(ATNET_REQUIRE_BROWSER=1), so a missing browser can never pass as green.
"""

import os
import shutil

import pytest
from django.contrib.auth import get_user_model

from atnet.portal.services import page_translation_save, site_ensure
from atnet.portal.tests.factories import EventIndexFactory, NewsIndexFactory


def pytest_addoption(parser):
    parser.addoption(
        "--exclusive",
        choices=("run", "skip", "only"),
        default="run",
        help="tests marked 'exclusive' stop a shared service (the PostgreSQL cluster), so "
        "a parallel run skips them and a second, single-process run takes only them",
    )


def _select_exclusive(config, items):
    """Keep or drop the 'exclusive' tests as --exclusive says (see `make test`)."""
    mode = config.getoption("exclusive")
    if mode == "run":
        return
    keep, drop = [], []
    for item in items:
        exclusive = item.get_closest_marker("exclusive") is not None
        (keep if exclusive == (mode == "only") else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Every transactional test (live server, browser) starts from the migrations' data.

    A transactional test empties the database when it ends, which would take the
    reference rows created by migrations (administrative units, locales, groups)
    away from the tests after it; serialized rollback restores them first.
    """
    _select_exclusive(config, items)
    for item in items:
        marker = item.get_closest_marker("django_db")
        transactional = (marker and marker.kwargs.get("transaction")) or any(
            name in getattr(item, "fixturenames", ())
            for name in ("live_server", "transactional_db")
        )
        if transactional and not (marker and marker.kwargs.get("serialized_rollback")):
            kwargs = {
                **(marker.kwargs if marker else {}),
                "transaction": True,
                "serialized_rollback": True,
            }
            item.add_marker(pytest.mark.django_db(**kwargs), append=False)


@pytest.fixture(autouse=True)
def _reference_data_for_transactional_tests(request):
    """Belt and braces for live-server tests: the reference rows are there, whatever ran before.

    Serialized rollback should restore them, but a live server thread on an
    in-memory SQLite database has been seen to start without them after a long run.
    """
    marker = request.node.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("transaction")):
        return
    request.getfixturevalue("transactional_db")
    from wagtail.models import Collection

    from atnet.accounts.signals import coordinator_permissions_ensure
    from atnet.geo.services import units_sync
    from atnet.portal.services import locales_ensure

    units_sync()
    locales_ensure()
    coordinator_permissions_ensure()
    if Collection.get_first_root_node() is None:  # documents and images need it
        Collection.add_root(name="Root")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ATNET_PRIVATE_ROOT = str(tmp_path / "private")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached site, menu and counts never leak from one test's database into the next."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def home(db):
    """The Romanian home page with its English and Russian translations."""
    page = site_ensure(hostname="testserver", port=80)
    for language, title in (("en", "Home"), ("ru", "Главная")):
        page_translation_save(page=page, language=language, fields={"title": title})
    return page


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", "pw-not-used-1")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def news_index(home):
    index = NewsIndexFactory(parent=home)
    page_translation_save(page=index, language="en", fields={"title": "News"})
    page_translation_save(page=index, language="ru", fields={"title": "Новости"})
    return index


@pytest.fixture
def event_index(home):
    index = EventIndexFactory(parent=home)
    page_translation_save(page=index, language="en", fields={"title": "Events"})
    page_translation_save(page=index, language="ru", fields={"title": "События"})
    return index


CHROMIUM = os.environ.get("ATNET_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# Playwright's sync API keeps an event loop in this thread; the ORM calls made
# by fixtures here are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _require_browser():
    if os.path.exists(CHROMIUM) or shutil.which(CHROMIUM):
        return
    if os.environ.get("ATNET_REQUIRE_BROWSER") == "1":
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package")
    pytest.skip(f"Chromium not found at {CHROMIUM}")


@pytest.fixture(scope="session")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ro-RO")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()
