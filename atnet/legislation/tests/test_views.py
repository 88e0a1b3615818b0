import pytest
from wagtail.documents.models import Document

from atnet.core.testing import page_queries_cold
from atnet.legislation.models import ActContribution, ActDocument, ActRelation, ActStatus, ActType
from atnet.portal.services import page_translation_save

from .factories import ActPageFactory


@pytest.fixture
def acts(legislation_index):
    law_2008 = ActPageFactory(
        parent=legislation_index, title="Legea violenței în familie", slug="vf"
    )
    ActPageFactory(parent=legislation_index, title="Legea din 2005", slug="l5", year=2005)
    ActPageFactory(
        parent=legislation_index,
        title="Proiectul de lege",
        slug="draft",
        act_type=ActType.DRAFT_LAW,
        status=ActStatus.DRAFT,
        year=None,
    )
    return {"law_2008": law_2008}


def _titles(response) -> list[str]:
    return [act.title for act in response.context["items"]]


def test_the_list_filters_by_type_status_and_year(client, acts):
    response = client.get("/ro/legislation/?act_type=law&status=adopted&year=2008")
    assert _titles(response) == ["Legea violenței în familie"]


def test_the_list_filters_by_topic(client, acts):
    assert _titles(client.get("/ro/legislation/?topic=discrimination")) == []
    assert len(_titles(client.get("/ro/legislation/?topic=trafficking"))) == 3


def test_a_bad_year_is_reported_in_the_visitors_language_and_ignored(client, acts):
    response = client.get("/ru/legislation/?year=abc&status=nonsense")
    assert response.status_code == 200
    assert "Введите год, например 2008." in response.content.decode()
    assert response.context["filters"] == {}


def test_an_act_page_shows_partners_documents_and_the_unofficial_mark(client, acts):
    act = acts["law_2008"]
    ActContribution.objects.create(act=act, partner="OSCE/ODIHR", contribution="expert review")
    ActDocument.objects.create(
        act=act,
        language="en",
        title="Law (English)",
        link="https://example.org/law-en.pdf",
        unofficial=True,
    )
    body = client.get(act.url).content.decode()
    assert "OSCE/ODIHR" in body and "expert review" in body
    assert 'href="https://example.org/law-en.pdf"' in body
    assert "traducere neoficială" in body


def test_a_related_act_is_linked_in_the_readers_language(client, acts):
    act = acts["law_2008"]
    target = ActPageFactory(parent=act.get_parent(), title="Legea de bază", slug="baza")
    ActRelation.objects.create(act=act, relation="amends", target=target)
    page_translation_save(page=target, language="en", fields={"title": "Base law"})
    translated = page_translation_save(
        page=act, language="en", fields={"title": "Domestic violence law"}
    )
    body = client.get(translated.url).content.decode()
    assert 'href="/en/legislation/baza/"' in body and "Base law" in body


def test_the_list_runs_the_same_number_of_queries_for_5_or_50_acts(client, legislation_index):
    def count():
        return page_queries_cold(client, "/ro/legislation/")

    for _number in range(5):
        ActPageFactory(parent=legislation_index)
    few = count()
    for _number in range(45):
        ActPageFactory(parent=legislation_index)
    assert count() == few


def test_the_site_search_finds_an_act_without_diacritics(client, acts):
    response = client.get("/ro/search/", {"q": "violentei familie"})
    assert f'href="{acts["law_2008"].url}"' in response.content.decode()


def test_documents_can_be_files(client, acts, tmp_path):
    from django.core.files.base import ContentFile

    document = Document.objects.create(
        title="Textul legii", file=ContentFile(b"%PDF-1.4", name="lege.pdf")
    )
    ActDocument.objects.create(
        act=acts["law_2008"], language="ro", title="Textul legii", document=document
    )
    body = client.get(acts["law_2008"].url).content.decode()
    assert document.url in body
