import pytest

from atnet.portal.services import page_translation_save

from .factories import LegislationIndexFactory


@pytest.fixture
def legislation_index(home):
    index = LegislationIndexFactory(parent=home)
    page_translation_save(page=index, language="en", fields={"title": "Legislation"})
    page_translation_save(page=index, language="ru", fields={"title": "Законодательство"})
    return index
