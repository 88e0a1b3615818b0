import pytest

from atnet.portal.services import page_translation_save

from .factories import HelpIndexFactory


@pytest.fixture
def help_index(home):
    index = HelpIndexFactory(parent=home)
    page_translation_save(page=index, language="en", fields={"title": "Where to get help"})
    page_translation_save(page=index, language="ru", fields={"title": "Где получить помощь"})
    return index
