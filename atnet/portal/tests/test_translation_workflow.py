"""Translations made with wagtail-localize stay private until a translator publishes them."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import translate_object

from atnet.portal.models import TranslationFallback

from .factories import NewsPageFactory

BODY = [("paragraph", "<p>Victimele traficului primesc ajutor.</p>")]


@pytest.fixture
def article(news_index, admin_user):
    page = NewsPageFactory(
        parent=news_index, slug="ajutor", title="Ajutor pentru victime", intro="Un rezumat."
    )
    page.body = BODY
    page.save_revision().publish()
    locales = list(Locale.objects.filter(language_code__in=["en", "ru"]))
    translate_object(page, locales, user=admin_user)
    return page


def _translation(article, language):
    return Translation.objects.get(
        source__object_id=article.translation_key, target_locale__language_code=language
    )


def _translate(article, language, texts: dict[str, str]):
    """Translate the segments whose source text is a key of `texts`."""
    translation = _translation(article, language)
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        if segment.string.data in texts:
            StringTranslation.objects.create(
                translation_of=segment.string,
                context=segment.context,
                locale=translation.target_locale,
                data=texts[segment.string.data],
            )


def _publish(admin_client, on_commit, target, **extra):
    # wagtail-localize publishes once the transaction commits.
    with on_commit(execute=True):
        return admin_client.post(f"/admin/pages/{target.pk}/edit/", {"action": "publish", **extra})


def _target(article, language):
    return article.get_translation(Locale.objects.get(language_code=language)).specific


ENGLISH = {
    "ajutor": "ajutor",
    "Ajutor pentru victime": "Help for victims",
    "Un rezumat.": "A summary.",
    "Victimele traficului primesc ajutor.": "Trafficking victims get help.",
}


def test_a_started_translation_is_a_draft_and_its_address_says_not_translated(client, article):
    for language in ("en", "ru"):
        target = _target(article, language)
        assert not target.live
        listing = client.get(f"/{language}/news/")
        assert "Ajutor pentru victime" not in listing.content.decode()
        response = client.get(f"/{language}/news/ajutor/")
        assert response.status_code == 302
        assert response["Location"] == f"/{language}/not-translated/{article.pk}/"
        page = client.get(response["Location"])
        assert page.status_code == 200
        assert page.context["original"].pk == article.pk


def test_publishing_a_complete_translation_needs_no_confirmation(
    admin_client, article, django_capture_on_commit_callbacks
):
    _translate(article, "en", ENGLISH)
    target = _target(article, "en")
    _publish(admin_client, django_capture_on_commit_callbacks, target)
    client = Client()
    target.refresh_from_db()
    assert target.live
    html = client.get("/en/news/ajutor/").content.decode()
    assert "Help for victims" in html and "Trafficking victims get help." in html
    assert not TranslationFallback.objects.filter(page_id=target.pk).exists()
    assert client.get("/ru/news/ajutor/").status_code == 302


def test_missing_segments_need_a_confirmation_and_are_marked_with_their_language(
    admin_client, article, django_capture_on_commit_callbacks
):
    _translate(article, "en", {"Ajutor pentru victime": "Help for victims", "ajutor": "ajutor"})
    target = _target(article, "en")
    asked = _publish(admin_client, django_capture_on_commit_callbacks, target)
    assert asked.status_code == 200
    assert "Un rezumat." in asked.content.decode()
    target.refresh_from_db()
    assert not target.live

    _publish(
        admin_client, django_capture_on_commit_callbacks, target, **{"confirm-untranslated": "1"}
    )
    target.refresh_from_db()
    assert target.live
    soup = BeautifulSoup(Client().get("/en/news/ajutor/").content, "html.parser")
    article_html = soup.select_one("article")
    assert article_html.h1.get("lang") is None
    assert article_html.h1.text == "Help for victims"
    assert article_html.select_one("p.lead")["lang"] == "ro"
    body_block = article_html.find(string="Victimele traficului primesc ajutor.").find_parent("div")
    assert body_block["lang"] == "ro"
