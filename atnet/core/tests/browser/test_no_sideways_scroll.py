"""No page scrolls sideways on a 360 px phone, for any persona.

Every URL pattern of the resolver (the access matrix's list) that answers a
page ("ok") is opened in Chromium at 360 px, in Russian (the longest words),
with the access matrix's sample records. Public pages are opened once, by the
visitor; workspace and account pages by each signed-in persona that may open
them (the administrator sees what the coordinator sees). One browser, one
page, one sign-in per persona.
"""

import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import Error as PlaywrightError

from atnet.accounts.testing import sign_in_verified

from ..access_matrix.addresses import MissingArguments, address
from ..access_matrix.patterns import project_patterns
from ..access_matrix.table import FILE_KEYS, SECRET_LINK_KEYS, expected_table
from ..access_matrix.world import world_build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTH = 360
SIGNED_IN = ("member_a", "focal_a", "editor", "coord")
MEMBERS_ONLY = re.compile(r"^<lang>/(workspace|accounts)/")
NOT_A_PAGE = re.compile(r"[./](ics|pdf|csv|xlsx|xml|json|rss|txt)\b|/(export|download)\b|<str:fmt>")


def _pages(table, persona: str) -> list[str]:
    keys = [p.key for p in project_patterns() if p.key in table]
    keys = [k for k in keys if table[k][persona] == "ok" and k not in FILE_KEYS | SECRET_LINK_KEYS]
    keys = [k for k in keys if k.startswith(("<lang>/", "page:")) and not NOT_A_PAGE.search(k)]
    if persona == "anon":
        return [k for k in keys if not MEMBERS_ONLY.match(k)]
    return [k for k in keys if MEMBERS_ONLY.match(k)]


def _session_cookie(live_server, user) -> dict:
    client = Client()
    sign_in_verified(client, user)
    value = client.cookies[settings.SESSION_COOKIE_NAME].value
    return {"name": settings.SESSION_COOKIE_NAME, "value": value, "url": live_server.url}


def test_no_page_scrolls_sideways_at_360_px(browser, live_server, settings):
    settings.ATNET_TWO_FACTOR_REQUIRED = True
    world = world_build()
    table = expected_table()
    context = browser.new_context(viewport={"width": WIDTH, "height": 740}, locale="ru-RU")
    page = context.new_page()
    offenders, visited = [], 0
    for persona in ("anon", *SIGNED_IN):
        context.clear_cookies()
        if persona != "anon":
            context.add_cookies([_session_cookie(live_server, world.users[persona])])
        for key in _pages(table, persona):
            try:
                path = address(key, world)
                if not key.startswith("page:"):  # Wagtail pages have their own Russian slugs
                    path = re.sub(r"^/[a-z]{2}/", "/ru/", path)
            except MissingArguments:
                continue
            try:
                page.goto(live_server.url + path, wait_until="load")
            except PlaywrightError as error:  # a file, not a page: nothing to lay out
                if "Download is starting" in str(error):
                    continue
                raise
            visited += 1
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > WIDTH:
                offenders.append(f"{persona:9} {path}  ({width} px wide)")
    context.close()
    assert visited > 40, f"only {visited} pages visited"
    assert not offenders, f"{len(offenders)} of {visited} pages scroll sideways:\n" + "\n".join(
        offenders
    )
