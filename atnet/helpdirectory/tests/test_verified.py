import datetime
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError

from atnet.helpdirectory import demo_content
from atnet.helpdirectory.demo import demo_load
from atnet.helpdirectory.models import PLACEHOLDER_PHONE, HelpPhone, HelpServicePage
from atnet.helpdirectory.selectors import services_to_verify

from .factories import HelpServiceFactory

NATIONAL_LINES = {"112", "0 800 77777", "116 111", "0 8008 8008"}


def test_every_shipped_help_line_has_a_source_and_no_placeholder_number():
    numbers = set()
    for item in demo_content.SERVICES:
        assert item["source_url"].startswith(("http://", "https://")), item["slug"]
        for number, _label in item["phones"]:
            assert not PLACEHOLDER_PHONE.search(number), number
            numbers.add(number)
    assert numbers >= NATIONAL_LINES


@pytest.mark.parametrize("number", ["+373 00 000 001", "+373 (00) 000 12", "022 xx xx xx", "—"])
def test_a_placeholder_number_is_refused(number):
    with pytest.raises(ValidationError) as error:
        HelpPhone(number=number).clean()
    assert "number" in error.value.message_dict


def test_a_real_number_is_accepted():
    HelpPhone(number="0 800 77777").clean()


def test_the_demo_ships_verified_lines_and_retires_the_old_examples(help_index):
    old = HelpServiceFactory(
        parent=help_index, slug="exemplu-vechi", is_example=True, phones=["+373 00 000 009"]
    )
    demo_load()
    assert demo_load() == {"help_services": len(demo_content.SERVICES)}
    assert not HelpServicePage.objects.filter(pk=old.pk).exists()
    for language in ("ro", "en", "ru"):
        services = HelpServicePage.objects.filter(locale__language_code=language)
        assert services.count() == len(demo_content.SERVICES)
        assert not services.filter(is_example=True).exists()
        assert not services.filter(last_verified__isnull=True).exists()
        assert not services.filter(source_url="").exists()
    abroad = HelpServicePage.objects.get(
        locale__language_code="en", slug="telefonul-de-incredere-femei-fete"
    ).phones.get(number="+373 22 24 06 24")
    assert abroad.label == "from abroad"


def test_help_pages_offer_a_quick_exit_that_replaces_the_history_entry(client, help_index):
    service = HelpServiceFactory(parent=help_index, phones=["116 111"])
    for url in (help_index.url, service.url):
        body = client.get(url).content.decode()
        assert 'class="quick-exit" href="https://www.google.com/search?q=weather"' in body
        assert "helpdirectory/quick-exit" in body
    source = Path(finders.find("helpdirectory/quick-exit.js")).read_text(encoding="utf-8")
    assert "window.location.replace(link.href)" in source


def test_editors_see_the_entries_not_verified_for_six_months(admin_client, help_index):
    today = datetime.date.today()
    stale = HelpServiceFactory(
        parent=help_index, title="Linie veche", last_verified=today - datetime.timedelta(days=200)
    )
    fresh = HelpServiceFactory(
        parent=help_index, title="Linie nouă", last_verified=today - datetime.timedelta(days=30)
    )
    assert stale in services_to_verify() and fresh not in services_to_verify()
    body = admin_client.get("/admin/").content.decode()
    assert "Linie veche" in body and "Linie nouă" not in body
