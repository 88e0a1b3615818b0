"""Every interface string is translated into ro, en and ru, and compiled."""

from pathlib import Path

import polib
import pytest

from atnet.core.i18n_tools import LANGUAGES, app_dirs, missing, po_files


def test_every_catalogue_is_fully_translated():
    assert missing() == {}


def test_every_app_and_the_project_have_a_catalogue_per_language():
    catalogues = {(path.parents[3], path.parents[1].name) for path in po_files()}
    owners = {path.parents[3] for path in po_files()}
    assert set(app_dirs()) <= owners, "every app keeps its own catalogue: make messages"
    for owner in owners:
        assert {language for o, language in catalogues if o == owner} == set(LANGUAGES)


@pytest.mark.parametrize("po_path", po_files(), ids=lambda p: str(p.relative_to(Path.cwd())))
def test_the_compiled_catalogue_matches_its_source(po_path):
    source = {(e.msgid, e.msgstr) for e in polib.pofile(str(po_path)) if not e.msgid_plural}
    compiled = {
        (e.msgid, e.msgstr)
        for e in polib.mofile(str(po_path.with_suffix(".mo")))
        if not e.msgid_plural
    }
    assert source - compiled == set(), "run `make messages`"
