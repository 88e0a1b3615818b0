"""A focal point from Cahul walks her week in Russian, on a phone and on a desktop.

Through the interface only: the records are arranged first (her organisation,
a colleague, two meetings her organisation is invited to, a training session
open for nominations, a certificate); then she signs in with her second
factor and reaches everything from the workspace menu and home page.
"""

import datetime as dt

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from atnet.accounts.tests.helpers import PASSWORD, totp_code
from atnet.geo.models import AdministrativeUnit
from atnet.meetings.models import Invitation, Registration
from atnet.meetings.tests.factories import MeetingFactory
from atnet.network.models import Activity, Membership, Person, Role
from atnet.network.tests.factories import OrganisationFactory, UserFactory
from atnet.trainings.models import Certificate, Enrolment
from atnet.trainings.tests.factories import EnrolmentFactory, ParticipantFactory, SessionFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _soon(days: int):
    return timezone.now() + dt.timedelta(days=days)


@pytest.fixture
def cahul(home):
    unit = AdministrativeUnit.objects.get(code="MD-CA")
    organisation = OrganisationFactory(name_ro="Serviciul social Cahul", name_ru="Соцслужба Кагул")
    organisation.regions.set([unit])
    user = UserFactory(username="olga", first_name="Ольга", last_name="Русу")
    Membership.objects.create(user=user, organisation=organisation, role=Role.FOCAL_POINT)
    device = TOTPDevice.objects.create(user=user, name="телефон", confirmed=True)
    olga = Person.objects.create(organisation=organisation, user=user, full_name="Ольга Русу")
    colleague = Person.objects.create(organisation=organisation, full_name="Ион Чебан")
    first = MeetingFactory(title_ru="Региональное заседание юг", starts_at=_soon(7))
    second = MeetingFactory(title_ru="Национальное заседание", starts_at=_soon(21))
    for meeting in (first, second):
        Invitation.objects.create(meeting=meeting, person=olga)
    session = SessionFactory(
        course__title_ru="Работа с жертвами", start_date=_soon(30).date(),
        end_date=_soon(31).date(), status="nominations",
    )  # fmt: skip
    past = EnrolmentFactory(
        participant=ParticipantFactory(organisation=organisation, full_name="Ион Чебан"),
        session__end_date=_soon(-40).date(),
    )
    certificate = Certificate.objects.create(enrolment=past, issued_on=_soon(-39).date())
    return {"device": device, "olga": olga, "colleague": colleague, "first": first,
            "second": second, "session": session, "certificate": certificate}  # fmt: skip


@pytest.mark.parametrize("width", [390, 1280])
def test_a_focal_point_from_cahul_walks_her_week_in_russian(browser, live_server, cahul, width):
    context = browser.new_context(
        viewport={"width": width, "height": 844}, locale="ru-RU", accept_downloads=True
    )
    page = context.new_page()
    base = live_server.url

    # Sign in: password, then the code from her authenticator app.
    page.goto(f"{base}/ru/accounts/login/?next=/ru/workspace/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.fill("#id_username", "olga")
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.fill("#id_code", totp_code(cahul["device"]))
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(f"{base}/ru/workspace/")

    # Her coming meetings are on the home page; she comes to the first one.
    meetings = page.locator("#dash-meetings")
    expect(meetings).to_contain_text("Региональное заседание юг")
    expect(meetings).to_contain_text("Национальное заседание")
    first = meetings.locator("li", has_text="Региональное заседание юг")
    first.locator("button[value=attending]").click()
    expect(page).to_have_url(f"{base}/ru/workspace/")
    expect(page.locator("#dash-meetings li", has_text="Региональное заседание юг")).to_contain_text(
        "Буду"
    )
    # For the second she sends a colleague in her place.
    meetings.locator("li", has_text="Национальное заседание").get_by_role(
        "link", name="Назначить замену"
    ).click()
    page.check("input[name=response][value=not_attending]")
    page.select_option("#id_substitute", label="Ион Чебан")
    page.locator("main form.stacked-form button[type=submit]").click()
    expect(page.locator("main")).to_contain_text("Ион Чебан")
    answers = Registration.objects.filter(person=cahul["olga"]).order_by("meeting__starts_at")
    assert [(a.response, a.substitute_id) for a in answers] == [
        ("attending", None),
        ("not_attending", cahul["colleague"].pk),
    ]

    # An activity, from the menu.
    page.locator(".workspace-menu a[data-section=activities]").click()
    page.locator("main a.button[href$='/workspace/activities/new/']").click()
    page.fill("#id_title_ru", "Информационная сессия в Кагуле")
    page.fill("#id_start_date", _soon(3).date().isoformat())
    page.locator("input[name=domains]").first.check()
    if page.locator("input[name=target_groups]").count():
        page.locator("input[name=target_groups]").first.check()
    page.locator("main form button[type=submit]").last.click()
    expect(page.locator("h1")).to_have_text("Информационная сессия в Кагуле")
    assert Activity.objects.filter(title_ru="Информационная сессия в Кагуле").exists()

    # A colleague nominated for a training, from the menu.
    page.locator(".workspace-menu a[data-section=trainings]").click()
    page.get_by_role("link", name="Работа с жертвами").click()
    nomination = page.locator("form[action$='/nominate/']")
    nomination.locator("#id_full_name").fill("Ион Чебан")
    nomination.locator("button[type=submit]").click()
    expect(page.locator("main")).to_contain_text("Ион Чебан")
    assert Enrolment.objects.filter(
        session=cahul["session"], participant__full_name="Ион Чебан"
    ).exists()

    # Back home through the menu: the certificate downloads.
    page.locator(".workspace-menu a[data-section=home]").click()
    with page.expect_download() as download:
        page.locator(f"#dash-trainings a[href$='/{cahul['certificate'].pk}.pdf']").click()
    assert download.value.suggested_filename.endswith(".pdf")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()
