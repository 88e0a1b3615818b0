from pathlib import Path

import pytest

from atnet.portal.services import page_translation_save

from .factories import ProjectIndexFactory

# CI runs a fresh clone with `shared/` beside the repository: <root>/../shared/...
REPO_ROOT = Path(__file__).resolve().parents[3]
IATI_SCHEMA = REPO_ROOT.parent / "shared" / "standards" / "iati-2.03" / "iati-activities-schema.xsd"


@pytest.fixture
def project_index(home):
    index = ProjectIndexFactory(parent=home)
    page_translation_save(page=index, language="en", fields={"title": "Projects"})
    page_translation_save(page=index, language="ru", fields={"title": "Проекты"})
    return index


@pytest.fixture(scope="session")
def iati_schema():
    """The IATI 2.03 schema; missing, the test fails (it must never pass unchecked)."""
    import xmlschema

    assert IATI_SCHEMA.exists(), f"IATI schema not found at {IATI_SCHEMA}"
    return xmlschema.XMLSchema(str(IATI_SCHEMA))
