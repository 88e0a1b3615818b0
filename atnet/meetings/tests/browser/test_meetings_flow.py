import datetime as dt
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from atnet.meetings.models import Meeting, Registration, Response
from atnet.network.models import OrganisationType

from ..factories import OrganisationFactory, PersonFactory, SeriesFactory, coordinator_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PHONE = {"width": 390, "height": 844}


def _signed_in_context(browser, live_server, user, **options):
    client = Client()
    client.force_login(user)
    context = browser.new_context(locale="ro-RO", **options)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context


def _end_of_quarter(today: dt.date) -> dt.date:
    first_next = dt.date(
        today.year + (today.month > 9), (((today.month - 1) // 3 + 1) % 4) * 3 + 1, 1
    )
    return first_next - dt.timedelta(days=1)


def test_a_coordinator_plans_invites_a_member_answers_and_attendance_is_taken_at_the_door(
    browser, live_server, home
):
    SeriesFactory()
    person = PersonFactory(
        full_name="Ana Ceban",
        preferred_language="ro",
        organisation=OrganisationFactory(type=OrganisationType.NGO),
    )
    coordinator = coordinator_user()

    desk = _signed_in_context(
        browser, live_server, coordinator, viewport={"width": 1280, "height": 900}
    )
    page = desk.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/ro/workspace/meetings/series/national/plan/")
    page.get_by_label("Câte ședințe").fill("3")
    page.get_by_label("După").fill(_end_of_quarter(timezone.localdate()).isoformat())
    page.get_by_role("button", name="Propune").click()
    expect(page.locator("table.plan tbody tr")).to_have_count(3)
    page.get_by_role("button", name="Creează aceste ședințe").click()
    expect(page.locator(".notice")).to_contain_text("3 ședințe au fost planificate")
    assert Meeting.objects.count() == 3
    meeting = Meeting.objects.order_by("starts_at").first()

    page.goto(f"{live_server.url}/ro/workspace/meetings/{meeting.pk}/invite/")
    page.get_by_label("Organizație neguvernamentală").check()
    page.get_by_role("button", name="Trimite invitațiile").click()
    expect(page.locator(".notice")).to_contain_text("Se trimite 1 invitație")
    desk.close()

    (message,) = mail.outbox
    link = re.search(r"https?://\S+answer=attending", message.body).group(0)
    path = link[link.index("/ro/") :]
    guest = browser.new_context(locale="ro-RO", viewport=PHONE)
    answer = guest.new_page()
    answer.goto(f"{live_server.url}{path}")
    expect(answer.get_by_label("Particip", exact=True)).to_be_checked()
    answer.get_by_role("button", name="Salvează răspunsul").click()
    expect(answer.locator(".notice")).to_contain_text("Vă mulțumim")
    guest.close()
    assert Registration.objects.get(person=person).response == Response.ATTENDING

    phone = _signed_in_context(browser, live_server, coordinator, viewport=PHONE, is_mobile=True)
    door = phone.new_page()
    door.goto(f"{live_server.url}/ro/workspace/meetings/{meeting.pk}/attendance/")
    present = door.get_by_role("button", name="Prezent: Ana Ceban")
    box = present.bounding_box()
    assert box["height"] >= 44 and box["x"] + box["width"] <= PHONE["width"]
    present.click()
    expect(door.get_by_role("button", name="Prezent: Ana Ceban")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert meeting.attendances.get(person=person).status == "present"
    violations = Axe().run(door).response["violations"]
    assert [v["id"] for v in violations if v["impact"] in ("serious", "critical")] == []

    sheet_link = door.get_by_role("link", name="Tipărește lista de prezență (PDF, A4)")
    sheet = phone.request.get(f"{live_server.url}{sheet_link.get_attribute('href')}")
    assert sheet.headers["content-type"] == "application/pdf"
    assert sheet.body().startswith(b"%PDF")
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in sheet.body()  # A4 landscape
    phone.close()
