"""Playwright in Debian's Chromium against pytest-django's live server.

Nothing is downloaded: the browser is /usr/bin/chromium (`apt-get install
chromium`). Without it these tests are skipped locally, and fail in CI
(ATNET_REQUIRE_BROWSER=1) so a missing browser can never pass as green.
"""

import os
import shutil

import pytest

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
