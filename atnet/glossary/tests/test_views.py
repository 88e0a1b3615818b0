import pytest
from django.template import Context, Template
from django.utils import translation

from atnet.core.testing import page_queries_cold
from atnet.glossary.demo import demo_load
from atnet.glossary.models import TermPage
from atnet.portal.services import page_translation_save

from .factories import TermPageFactory


@pytest.fixture
def terms(glossary_index):
    gender = TermPageFactory(parent=glossary_index, title="Gen", slug="gen", variants="gender")
    page_translation_save(page=gender, language="ru", fields={"title": "Гендер", "variants": ""})
    TermPageFactory(parent=glossary_index, title="Șansă", slug="sansa")
    TermPageFactory(parent=glossary_index, title="Discriminare", slug="discriminare")
    return gender


def test_the_a_to_z_page_lists_every_letter_and_files_terms_under_theirs(client, terms):
    response = client.get("/ro/glossary/")
    letters = {
        group["letter"]: [t.title for t in group["terms"]] for group in response.context["letters"]
    }
    assert list(letters)[:3] == ["A", "Ă", "Â"]
    assert letters["Ș"] == ["Șansă"] and letters["D"] == ["Discriminare"] and letters["S"] == []


def test_the_russian_a_to_z_page_uses_cyrillic_letters(client, terms):
    response = client.get("/ru/glossary/")
    letters = {
        group["letter"]: [t.title for t in group["terms"]] for group in response.context["letters"]
    }
    assert letters["Г"] == ["Гендер"]
    assert 'href="#letter-4"' in response.content.decode()


def test_a_term_page_cites_its_source(client, terms):
    body = client.get("/ro/glossary/gen/").content.decode()
    assert "OSCE Gender Glossary, 2006" in body


def test_the_template_filter_links_a_terms_first_mention_in_the_active_language(terms):
    template = Template(
        "{% load glossary_tags %}{% filter glossary_links %}<p>Gender și gender.</p>{% endfilter %}"
    )
    with translation.override("ro"):
        html = template.render(Context({}))
    assert html == '<p><a class="glossary-term" href="/ro/glossary/gen/">Gender</a> și gender.</p>'
    with translation.override("ru"):
        html = Template(
            "{% load glossary_tags %}{% filter glossary_links %}<p>Про гендер.</p>{% endfilter %}"
        ).render(Context({}))
    assert 'href="/ru/glossary/gen/">гендер</a>' in html


def test_the_filter_escapes_plain_text(terms):
    template = Template("{% load glossary_tags %}{{ text|glossary_links }}")
    with translation.override("ro"):
        html = template.render(Context({"text": "<script>gender</script>"}))
    assert "<script>" not in html


def test_the_a_to_z_page_runs_the_same_number_of_queries_for_5_or_50_terms(client, glossary_index):
    def count():
        return page_queries_cold(client, "/ro/glossary/")

    for _number in range(5):
        TermPageFactory(parent=glossary_index)
    few = count()
    for _number in range(45):
        TermPageFactory(parent=glossary_index)
    assert count() == few


def test_the_site_search_finds_a_term_by_its_definition_without_diacritics(client, glossary_index):
    TermPageFactory(
        parent=glossary_index, title="Egalitate", slug="egal", definition="Șanse egale."
    )
    body = client.get("/ro/search/", {"q": "sanse"}).content.decode()
    assert 'href="/ro/glossary/egal/"' in body


def test_the_api_lists_terms_a_to_z_with_their_source(client, terms):
    data = client.get("/api/v1/glossary?lang=ro").json()
    assert [item["term"] for item in data["items"]] == ["Discriminare", "Gen", "Șansă"]
    assert data["items"][1]["source_instrument"] == "OSCE Gender Glossary"
    assert data["items"][1]["source_year"] == 2006


def test_the_demo_loads_about_twenty_terms_in_three_languages_once(home):
    demo_load()
    demo_load()
    for language in ("ro", "en", "ru"):
        assert TermPage.objects.filter(locale__language_code=language).count() == 21
    gender = TermPage.objects.get(locale__language_code="en", slug="gen")
    assert gender.source == "OSCE Gender Glossary, 2006"
