import pytest

from atnet.portal.services import page_translation_save

from .factories import GlossaryIndexFactory


@pytest.fixture
def glossary_index(home):
    index = GlossaryIndexFactory(parent=home)
    page_translation_save(page=index, language="en", fields={"title": "Glossary"})
    page_translation_save(page=index, language="ru", fields={"title": "Глоссарий"})
    return index
