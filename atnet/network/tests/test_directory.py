"""The public directory page: public records only, three languages, filters, folded search."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from atnet.geo.models import AdministrativeUnit
from atnet.network.models import NetworkDirectoryPage
from atnet.portal.selectors import menu_pages
from atnet.portal.services import page_translation_save

from .factories import ActivityFactory, OrganisationFactory, PersonFactory


@pytest.fixture
def directory(home):
    page = NetworkDirectoryPage(title="Rețeaua", slug="network", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    page_translation_save(page=page, language="en", fields={"title": "The network"})
    page_translation_save(page=page, language="ru", fields={"title": "Сеть"})
    return page


@pytest.fixture
def listed(org_a, cahul):
    hidden = OrganisationFactory(name_ro="Organizație internă", slug="hidden", is_public=False)
    ActivityFactory(organisation=org_a, title_ro="Atelier public", regions=[cahul])
    ActivityFactory(organisation=org_a, title_ro="Ședință internă", is_public=False)
    ActivityFactory(organisation=hidden, title_ro="Activitate ascunsă")
    PersonFactory(organisation=org_a, full_name="Ana Confidențială")
    return hidden


def test_the_directory_is_in_the_menu_in_each_language(directory):
    for translation in directory.get_translations(inclusive=True):
        home = translation.get_parent()
        assert translation.pk in [page.pk for page in menu_pages(home)]
    assert directory.get_translations().count() == 2


def test_it_lists_public_profiles_only_and_no_personal_data(client, directory, listed):
    body = client.get("/ro/network/").content.decode()
    assert "Centrul „Speranța” Cahul" in body
    assert "Organizație internă" not in body and "Ana Confidențială" not in body


@pytest.mark.parametrize("language", ["ro", "en", "ru"])
def test_filtering_by_region_works_in_each_language(client, directory, listed, language):
    response = client.get(f"/{language}/network/activities/?unit=MD-CA")
    assert [a.title_ro for a in response.context["items"]] == ["Atelier public"]
    name = AdministrativeUnit.objects.get(code="MD-CA").name_ru
    if language == "ru":
        assert name in response.content.decode()


@pytest.mark.parametrize("query", ["speranta", "SPERANȚA", "Speranţa"])
def test_searching_a_romanian_name_without_diacritics_finds_it(client, directory, listed, query):
    response = client.get("/ro/network/", {"q": query})
    assert [o.slug for o in response.context["items"]] == ["a"]


def test_a_members_only_profile_answers_404(client, directory, listed):
    assert client.get("/ro/network/organisations/a/").status_code == 200
    assert client.get("/ro/network/organisations/hidden/").status_code == 404


def test_a_bad_filter_is_ignored_with_a_message(client, directory, listed):
    response = client.get("/en/network/?type=spaceship")
    assert response.status_code == 200
    assert response.context["filter_form"].errors["type"]


def test_the_directory_runs_a_constant_number_of_queries(client, directory, cahul):
    def add(count):
        for _ in range(count):
            ActivityFactory(organisation=OrganisationFactory(regions=[cahul]), regions=[cahul])

    add(5)
    client.get("/ro/network/activities/")
    counts = []
    for more in (0, 45):
        add(more)
        for url in ("/ro/network/", "/ro/network/activities/"):
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            counts.append(len(queries))
    assert counts[:2] == counts[2:]
