"""A focal point posts an activity in Russian; a member of another organisation finds it."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from atnet.network.models import Activity, NetworkDirectoryPage, Role
from atnet.network.tests.factories import MembershipFactory, OrganisationFactory
from atnet.portal.services import page_translation_save

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "a-long-test-password-1"


@pytest.fixture
def network(home):
    org_a = OrganisationFactory(name_ro="Centrul „Speranța” Cahul", name_ru="Центр «Надежда»")
    org_b = OrganisationFactory(name_ro="Asociația Bălți", slug="balti")
    MembershipFactory(organisation=org_a, role=Role.FOCAL_POINT, user__username="focal-a")
    MembershipFactory(organisation=org_b, role=Role.MEMBER, user__username="member-b")
    directory = NetworkDirectoryPage(title="Rețeaua", slug="network", show_in_menus=True)
    home.add_child(instance=directory)
    directory.save_revision().publish()
    page_translation_save(page=directory, language="en", fields={"title": "The network"})
    page_translation_save(page=directory, language="ru", fields={"title": "Сеть"})
    return org_a


def _sign_in(page, base, language, username):
    page.goto(f"{base}/{language}/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.account-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/workspace/$"))


def test_an_activity_posted_in_russian_is_found_by_region_and_not_editable_by_others(
    browser, live_server, network
):
    focal = browser.new_context(locale="ru-RU").new_page()
    _sign_in(focal, live_server.url, "ru", "focal-a")
    focal.get_by_role("link", name="Опубликовать мероприятие").first.click()
    focal.get_by_label("Название (русский)").fill("Семинар о безопасной миграции")
    focal.get_by_label("Кагул", exact=True).check()
    focal.get_by_label("Миграционная политика", exact=True).check()
    focal.get_by_label("Начало").fill("2026-05-04")
    focal.get_by_role("button", name="Сохранить").click()
    expect(focal.locator("h1")).to_have_text("Семинар о безопасной миграции")
    activity = Activity.objects.get(title_ru="Семинар о безопасной миграции")

    member = browser.new_context(locale="ro-RO").new_page()
    _sign_in(member, live_server.url, "ro", "member-b")
    member.goto(f"{live_server.url}/ro/workspace/activities/")
    member.get_by_label("Raion sau municipiu").select_option("MD-CA")
    member.get_by_role("button", name="Filtrați").click()
    row = member.locator("table.wdww tbody tr")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Семинар о безопасной миграции")
    expect(row).to_contain_text("Cahul")
    response = member.goto(f"{live_server.url}/ro/workspace/activities/{activity.pk}/edit/")
    assert response.status == 404

    member.goto(f"{live_server.url}/ro/workspace/activities/?unit=MD-CA")
    serious = [
        v["id"]
        for v in Axe().run(member).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


@pytest.mark.parametrize(("language", "unit"), [("ro", "Cahul"), ("en", "Cahul"), ("ru", "Кагул")])
def test_the_directory_region_filter_is_named_in_each_language(
    page, live_server, network, language, unit
):
    page.goto(f"{live_server.url}/{language}/network/")
    options = page.locator("#id_unit option")
    expect(options.filter(has_text=unit).first).to_be_attached()


def test_searching_the_directory_without_diacritics_finds_the_name(page, live_server, network):
    page.goto(f"{live_server.url}/ro/network/")
    page.get_by_label("Căutare").fill("speranta cahul")
    page.get_by_role("button", name="Filtrați").click()
    expect(page.locator(".org-cards h2")).to_have_text(re.compile("Centrul „Speranța” Cahul"))
    serious = [
        v["id"]
        for v in Axe().run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
