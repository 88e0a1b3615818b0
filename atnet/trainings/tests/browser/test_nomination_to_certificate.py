"""A police focal point nominates two officers, the coordinator accepts one, marks
attendance and issues the certificate, which verifies from its QR code's URL."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group
from django.test import Client
from playwright.sync_api import expect

from atnet.network.models import OrganisationType
from atnet.trainings.models import Certificate, Enrolment

from ..factories import OrganisationFactory, SessionFactory, UserFactory, focal_point

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _signed_in(browser, live_server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(locale="en-GB")
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    return tab


def _nominate(tab, name):
    tab.get_by_label("Full name").fill(name)
    tab.get_by_label("Gender").select_option("male")
    tab.get_by_label("Profession").select_option("police")
    tab.get_by_role("button", name="Nominate", exact=True).click()
    expect(tab.locator(".notice")).to_contain_text(f"{name} is nominated.")


def _qr_urls(content: bytes) -> list[str]:
    """The URL of the link laid over the QR code (the same value the QR code encodes)."""
    return [url.decode() for url in re.findall(rb"/URI \((https?://[^)]+)\)", content)]


def test_a_nominated_officer_gets_a_certificate_that_verifies(browser, page, live_server):
    police = OrganisationFactory(
        name_ro="Inspectoratul de poliție Cahul", type=OrganisationType.POLICE
    )
    session = SessionFactory(course__title_en="Investigating trafficking")
    coordinator = UserFactory(username="coord")
    coordinator.groups.add(Group.objects.get_or_create(name="coordinator")[0])
    session_url = f"{live_server.url}/en/workspace/trainings/sessions/{session.pk}/"

    focal = _signed_in(browser, live_server, focal_point(police))
    focal.goto(session_url)
    _nominate(focal, "Victor Ceban")
    _nominate(focal, "Oleg Rusu")
    expect(focal.locator(".enrolment")).to_have_count(2)

    staff = _signed_in(browser, live_server, coordinator)
    staff.goto(session_url)
    officer = staff.locator(".enrolment[data-name='Victor Ceban']")
    officer.get_by_label("Decision").select_option("accepted")
    officer.get_by_role("button", name="Save decision").click()
    officer = staff.locator(".enrolment[data-name='Victor Ceban']")
    expect(officer.locator(".status")).to_have_text("Accepted")
    for checkbox in officer.get_by_role("checkbox").all():
        checkbox.check()
    officer.get_by_role("button", name="Save attendance and scores").click()
    officer = staff.locator(".enrolment[data-name='Victor Ceban']")
    expect(officer).to_contain_text("completed")
    officer.get_by_role("button", name="Issue the certificate").click()
    pdf_link = staff.locator(".enrolment[data-name='Victor Ceban']").get_by_role(
        "link", name="Download the PDF"
    )
    pdf = staff.context.request.get(live_server.url + pdf_link.get_attribute("href"))
    assert pdf.headers["content-type"] == "application/pdf"

    code = Certificate.objects.get().code
    urls = _qr_urls(pdf.body())
    assert urls and urls[0].endswith(f"/verify/{code}/")
    assert Enrolment.objects.get(participant__full_name="Oleg Rusu").status == "nominated"

    page.goto(urls[0])  # an anonymous visitor following the QR code
    expect(page.locator(".verdict")).to_contain_text("valabil")
    expect(page.locator(".holder")).to_have_text("Victor Ceban")
    violations = Axe().run(page).response["violations"]
    assert [v["id"] for v in violations if v["impact"] in ("serious", "critical")] == []
