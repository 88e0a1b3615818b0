"""A focal point reports from her phone in Russian; the coordinator sees it and compiles."""

import pytest
from django.test import Client
from playwright.sync_api import expect

from atnet.network.models import Person
from atnet.network.tests.factories import ActivityFactory, OrganisationFactory

from ...models import Report, ReportState
from ..factories import IndicatorFactory, MeasureFactory, PeriodFactory, coordinator, focal_point

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PHONE = {"width": 390, "height": 844}


def _signed_in(browser, live_server, user, **options):
    client = Client()
    client.force_login(user)
    context = browser.new_context(**options)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    return page


def test_a_focal_point_reports_in_russian_on_her_phone_and_the_coordinator_compiles(
    browser, live_server, home
):
    org = OrganisationFactory(name_ro="Direcția Cahul", name_ru="Управление Кагул")
    period = PeriodFactory()
    measures = [
        MeasureFactory(objective__plan=period.plan, responsible=[org], text_ru=f"Мера {n}")
        for n in ("первая", "вторая")
    ]
    IndicatorFactory(measure=measures[0], name_ru="обученных специалистов", target=40)
    ActivityFactory(organisation=org, title_ro="Seminar", title_ru="Семинар в Кагуле")
    ActivityFactory(title_ru="Чужое мероприятие")
    user = focal_point(org, "olga")
    Person.objects.create(organisation=org, user=user, full_name="Olga", preferred_language="ru")

    phone = _signed_in(
        browser, live_server, user, viewport=PHONE, locale="ru-RU", is_mobile=True, has_touch=True
    )
    for number, measure in enumerate(measures):
        phone.goto(f"{live_server.url}/ru/workspace/action-plans/")
        phone.get_by_role("link", name=measure.text_ru).click()
        expect(phone.get_by_text("Чужое мероприятие")).to_have_count(0)
        phone.get_by_label("Статус").select_option("in_progress" if number else "done")
        if number == 0:
            phone.get_by_label("обученных специалистов").fill("35")
        phone.get_by_label("Что сделано").fill(f"Провели семинар для специалистов {number}")
        phone.get_by_label("Язык текста").select_option("ru")
        phone.get_by_label("Семинар в Кагуле").check()
        phone.get_by_role("button", name="Отправить отчёт").click()
        expect(phone.get_by_role("status")).to_contain_text("Отчёт отправлен")
    reports = Report.objects.filter(state=ReportState.SUBMITTED, narrative_language="ru")
    assert reports.count() == 2
    assert all(report.activities.count() == 1 for report in reports)

    desk = _signed_in(browser, live_server, coordinator(), viewport={"width": 1280, "height": 900})
    desk.goto(f"{live_server.url}/en/workspace/action-plans/periods/{period.pk}/")
    expect(desk.locator("table.overview")).to_contain_text("submitted")
    expect(desk.get_by_text("Every responsible organisation has reported.")).to_be_visible()
    with desk.expect_download() as download:
        desk.get_by_role("link", name="PDF (ro)").click()
    assert download.value.suggested_filename.endswith("-ro.pdf")
    with open(download.value.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"
