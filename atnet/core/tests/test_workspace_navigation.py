"""The workspace menu links every section a persona may open and none it may not.

The reference is the access matrix's table: a section belongs in a persona's
menu exactly when its address is "ok" for that persona there.
"""

import re

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from atnet.accounts.testing import sign_in_verified
from atnet.core.workspace import sections
from atnet.network.tests.factories import OrganisationFactory

from .access_matrix.personas import PERSONAS, users_create
from .access_matrix.table import expected_table

SIGNED_IN = [persona for persona in PERSONAS if persona != "anon"]
LINK = re.compile(r'<a href="([^"]+)" data-section="([^"]+)"')


def _table_key(url: str) -> str:
    """/en/workspace/meetings/ -> <lang>/workspace/meetings/ (the table's key)."""
    return re.sub(r"^/[a-z]{2}/", "<lang>/", url)


def _menu(html: str) -> dict[str, str]:
    menu = html.split('class="workspace-menu"', 1)
    return dict((key, url) for url, key in LINK.findall(menu[1])) if len(menu) == 2 else {}


@pytest.mark.django_db
@override_settings(ATNET_TWO_FACTOR_REQUIRED=True)
@pytest.mark.parametrize("persona", SIGNED_IN)
def test_menu_lists_exactly_the_sections_the_persona_may_open(client, persona):
    users = users_create(OrganisationFactory(), OrganisationFactory())
    sign_in_verified(client, users[persona])
    table = expected_table()
    with translation.override("en"):
        urls = {section.key: reverse(section.url_name) for section in sections()}
    expected = {key for key, url in urls.items() if table[_table_key(url)][persona] == "ok"}

    response = client.get(urls["account"])  # every signed-in persona may open it

    menu = _menu(response.content.decode())
    assert set(menu) == expected, f"{persona}: menu {sorted(menu)}, table {sorted(expected)}"
    for key, url in menu.items():
        assert url == urls[key]
        assert client.get(url).status_code == 200, f"{persona}: {key} at {url}"


@pytest.mark.django_db
def test_every_section_has_a_row_in_the_access_matrix():
    table = expected_table()
    with translation.override("en"):
        missing = [s.key for s in sections() if _table_key(reverse(s.url_name)) not in table]
    assert not missing


@pytest.mark.django_db
def test_a_visitor_sees_no_workspace_menu(client):
    response = client.get(reverse("accounts:login"))
    assert response.status_code == 200
    assert _menu(response.content.decode()) == {}
