"""Access matrix: every URL pattern of the project, requested by every persona.

The patterns come from the resolver (access_matrix.patterns), so a new view
cannot be forgotten: a pattern missing from the table in access_matrix/table.py
fails `test_the_table_lists_every_url_pattern`, and so does a table row whose
pattern is gone. Each persona then GETs every pattern, with its parameters
filled from organisation A's records (access_matrix.world), and every cell is
compared with the table; a failure lists every mismatching cell at once, with
the security headers missing from successful responses and any of A's personal
data shown to a persona outside A.

With two-factor sign-in (atnet.accounts.middleware.TwoFactorMiddleware) the
matrix runs with ATNET_TWO_FACTOR_REQUIRED on: staff and focal points sign in
with a second factor, and one more persona, a coordinator who has not, must be
sent to enrolment before the admin or any personal data.

Run with -s to see the table and its count of URL x persona cases.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import transaction
from django.test import override_settings

from .access_matrix import table as table_rules
from .access_matrix.patterns import project_patterns
from .access_matrix.personas import COORD_NO_2FA, PERSONAS
from .access_matrix.runner import run_persona
from .access_matrix.table import expected_table, table_text
from .access_matrix.world import world_build

TWO_FACTOR = "atnet.accounts.middleware.TwoFactorMiddleware" in django_settings.MIDDLEWARE
ACTIVE = (*PERSONAS, COORD_NO_2FA) if TWO_FACTOR else PERSONAS
# A folder where each persona's observed outcomes are written (to fill in new rows).
OBSERVED = os.environ.get("ATNET_ACCESS_MATRIX_OBSERVED", "")


def _count(patterns: int) -> str:
    return f"{patterns} URL patterns x {len(ACTIVE)} personas = {patterns * len(ACTIVE)} cases"


def _sign_in(persona: str):
    """Staff and focal points pass the second factor when it is required; a member need not."""
    if TWO_FACTOR and persona not in ("member_a", COORD_NO_2FA):
        from atnet.accounts.testing import sign_in_verified

        return sign_in_verified
    return lambda client, user: client.force_login(user)


def _write_observed(persona: str, cells) -> None:
    lines = [
        f"{cell.key}\t{cell.found}\t{cell.path}\t{' | '.join(cell.problems)}" for cell in cells
    ]
    Path(OBSERVED, f"{persona}.tsv").write_text("\n".join(lines) + "\n")


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once for all personas, rolled back at the end of the module."""
    media = tmp_path_factory.mktemp("h2matrix-media")
    files = override_settings(MEDIA_ROOT=media, ATNET_PRIVATE_ROOT=str(media / "private"))
    with files, django_db_blocker.unblock(), transaction.atomic():
        built = world_build()
        built.media = media
        yield built
        transaction.set_rollback(True)


def test_the_table_lists_every_url_pattern():
    found = {pattern.key: pattern for pattern in project_patterns()}
    table = expected_table()
    missing = sorted(set(found) - set(table))
    stale = sorted(set(table) - set(found))
    print(f"\nAccess matrix: {_count(len(table))}\n{table_text(ACTIVE)}")
    message = [f"Access matrix ({_count(len(found))}):"]
    message += [f"  {key} ({found[key].name or 'no name'}): add it to the table" for key in missing]
    message += [f"  {key}: in the table but no longer a URL pattern" for key in stale]
    assert not (missing or stale), "\n".join(message)


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ACTIVE)
def test_access_matrix(persona, world, settings):
    # The world's files, not the per-test folders the autouse fixture points at.
    settings.MEDIA_ROOT = world.media
    settings.ATNET_PRIVATE_ROOT = str(world.media / "private")
    settings.ATNET_TWO_FACTOR_REQUIRED = TWO_FACTOR
    existing = [pattern.key for pattern in project_patterns()]
    table = expected_table()
    expectations = {key: table[key][persona] for key in existing if key in table}
    if OBSERVED:  # every pattern, to write down what each persona gets
        expectations = {key: table.get(key, {}).get(persona, "?") for key in existing}
    cells = run_persona(
        persona,
        world.users[persona],
        world,
        expectations,
        sign_in=_sign_in(persona),
        rules=table_rules,
    )
    if OBSERVED:
        _write_observed(persona, cells)
    wrong = [cell for cell in cells if cell.wrong]
    summary = f"{persona}: {len(wrong)} of {len(cells)} cells wrong ({_count(len(existing))})"
    assert not wrong, summary + "\n" + "\n".join(f"  {cell}" for cell in wrong)
