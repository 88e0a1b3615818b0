"""Shared fixtures: the site tree and personas, in one place for every app's tests."""

import pytest
from django.contrib.auth import get_user_model

from atnet.portal.services import page_translation_save, site_ensure
from atnet.portal.tests.factories import EventIndexFactory, NewsIndexFactory


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


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
