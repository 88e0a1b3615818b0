from django.core.management import call_command
from wagtail.images.models import Image
from wagtail.models import Page

from atnet.portal import demo_content
from atnet.portal.models import EventPage, NewsPage, StandardPage


def test_the_demo_loads_in_three_languages_and_twice_changes_nothing(db, settings, tmp_path):
    call_command("load_demo")
    counts = (Page.objects.count(), Image.objects.count())
    call_command("load_demo")
    assert (Page.objects.count(), Image.objects.count()) == counts
    for language in ("ro", "en", "ru"):
        assert NewsPage.objects.live().filter(locale__language_code=language).count() == 12
        # The hand-written events, and the meetings and trainings that announce themselves.
        events = EventPage.objects.live().filter(locale__language_code=language)
        assert events.count() > len(demo_content.EVENTS)
        assert events.filter(slug__startswith="meeting-").exists()
        assert events.filter(slug__startswith="training-").exists()
        assert StandardPage.objects.live().filter(locale__language_code=language).count() == 7
    assert NewsPage.objects.filter(lead_image__isnull=True).count() == 0


def test_a_second_load_keeps_an_editors_change(db):
    call_command("load_demo")
    article = NewsPage.objects.get(locale__language_code="ro", slug=demo_content.NEWS[0]["slug"])
    article.title = "Titlu schimbat de redactor"
    article.save_revision().publish()
    call_command("load_demo")
    article.refresh_from_db()
    assert article.title == "Titlu schimbat de redactor"


def test_the_demo_has_past_and_coming_events(db):
    days = [event["days_from_now"] for event in demo_content.EVENTS]
    assert min(days) < 0 < max(days)
