"""The coordinator's journey of issue 14, in Romanian, through the interface only.

Arranged first: the national series, three organisations (two in the South
development region, one in the North) with a person each, and the coordinator
with her authenticator app. Then she signs in with her second factor and reaches
every page from the workspace menu: she plans the next quarter's meetings,
invites the organisations of the South, takes attendance at the door on her
phone, writes the minutes with an action item, finds the item on the next
meeting's agenda and downloads the annual report.
"""

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect
from pypdf import PdfReader

from atnet.accounts.tests.helpers import PASSWORD, totp_code
from atnet.geo.models import AdministrativeUnit
from atnet.network.models import OrganisationType
from atnet.network.tests.factories import UserFactory

from ..factories import OrganisationFactory, PersonFactory, SeriesFactory
from .test_meetings_flow import PHONE, _end_of_quarter

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
DESK = {"width": 1280, "height": 900}


def _in(code: str, **kwargs):
    organisation = OrganisationFactory(**kwargs)
    organisation.regions.set([AdministrativeUnit.objects.get(code=code)])
    return organisation


@pytest.fixture
def network(home):
    SeriesFactory()
    cahul = _in(
        "MD-CA", name_ro="Direcția asistență socială Cahul", type=OrganisationType.LOCAL_AUTHORITY
    )
    leova = _in("MD-LE", name_ro="Centrul comunitar Leova", type=OrganisationType.NGO)
    balti = _in("MD-BA", name_ro="Asociația Bălți", type=OrganisationType.NGO)
    people = {
        "maria": PersonFactory(organisation=cahul, full_name="Maria Popa", email="maria@cahul.md"),
        "ion": PersonFactory(organisation=leova, full_name="Ion Rusu", email="ion@leova.md"),
        "elena": PersonFactory(organisation=balti, full_name="Elena Lupu", email="elena@balti.md"),
    }
    user = UserFactory(username="coordonatoare", first_name="Ana", last_name="Munteanu")
    user.groups.add(Group.objects.get_or_create(name="coordinator")[0])
    device = TOTPDevice.objects.create(user=user, name="telefon", confirmed=True)
    return {"device": device, "cahul": cahul, **people}


def _sign_in(page, base: str, device: TOTPDevice, steps_ahead: int = 0) -> None:
    """Password, then the code from her authenticator app; she lands on the workspace home."""
    page.goto(f"{base}/ro/accounts/login/?next=/ro/workspace/")
    expect(page.locator("html")).to_have_attribute("lang", "ro")
    page.fill("#id_username", "coordonatoare")
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    device.refresh_from_db()
    page.fill("#id_code", totp_code(device, steps_ahead))
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(f"{base}/ro/workspace/")


def _open_meeting(page, when: str) -> None:
    """From the menu, the upcoming meetings, then the one that starts `when` (dd.mm.yyyy HH:MM)."""
    page.locator(".workspace-menu a[data-section=meetings]").click()
    expect(page.locator("h1")).to_have_text("Ședințe de coordonare")
    page.locator("table.data tbody tr", has_text=when).get_by_role("link").click()


def test_a_coordinator_plans_invites_takes_attendance_records_and_reports(
    browser, live_server, network
):
    base = live_server.url
    desk = browser.new_context(viewport=DESK, locale="ro-RO", accept_downloads=True)
    page = desk.new_page()
    page.set_default_timeout(15_000)
    _sign_in(page, base, network["device"])

    # The next quarter's meetings, planned from the meetings section.
    page.locator(".workspace-menu a[data-section=meetings]").click()
    page.get_by_role("link", name="Planifică ședințe").click()
    quarter_ends = _end_of_quarter(timezone.localdate())
    page.get_by_label("Câte ședințe").fill("2")
    page.get_by_label("După").fill(quarter_ends.isoformat())
    page.get_by_role("button", name="Propune").click()
    expect(page.locator("table.plan tbody tr")).to_have_count(2)
    days = [page.get_by_label(f"Ziua {n}", exact=True).input_value() for n in (1, 2)]
    times = [page.get_by_label(f"Ora {n}", exact=True).input_value() for n in (1, 2)]
    first_day, next_day = (dt.date.fromisoformat(day) for day in days)
    next_quarter_ends = _end_of_quarter(quarter_ends + dt.timedelta(days=1))
    assert quarter_ends < first_day < next_day <= next_quarter_ends
    page.get_by_role("button", name="Creează aceste ședințe").click()
    expect(page.locator(".notice")).to_contain_text("2 ședințe au fost planificate")
    first, following = (
        f"{dt.date.fromisoformat(day):%d.%m.%Y} {time}"
        for day, time in zip(days, times, strict=True)
    )
    expect(page.get_by_role("link", name=first)).to_be_visible()
    expect(page.get_by_role("link", name=following)).to_be_visible()

    # The organisations of the South are invited to the first one.
    _open_meeting(page, first)
    title = page.locator("h1").inner_text()
    page.get_by_role("link", name="Invitații și răspunsuri").click()
    page.get_by_label("Sud", exact=True).check()
    page.get_by_role("button", name="Trimite invitațiile").click()
    expect(page.locator(".notice")).to_contain_text("Se trimit 2 invitații")
    invited = page.locator("ul.columns li")
    expect(invited).to_have_count(2)
    expect(invited).to_contain_text(["Ion Rusu", "Maria Popa"])
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "ion@leova.md",
        "maria@cahul.md",
    ]
    assert all(message.subject == f"Invitație: {title}" for message in mail.outbox)

    # Maria answers from her email, without signing in.
    (to_maria,) = [message for message in mail.outbox if message.to == ["maria@cahul.md"]]
    link = re.search(r"https?://\S+answer=attending", to_maria.body).group(0)
    guest = browser.new_context(viewport=PHONE, locale="ro-RO")
    answer = guest.new_page()
    answer.goto(f"{base}{link[link.index('/ro/') :]}")
    answer.get_by_role("button", name="Salvează răspunsul").click()
    expect(answer.locator(".notice")).to_contain_text("Vă mulțumim")
    guest.close()
    page.reload()
    expect(page.locator("table.data")).to_contain_text("Maria Popa")

    # At the door, on her phone: Maria is there.
    phone = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="ro-RO")
    door = phone.new_page()
    door.set_default_timeout(15_000)
    _sign_in(door, base, network["device"], steps_ahead=1)
    _open_meeting(door, first)
    door.get_by_role("link", name="Prezența").click()
    present = door.get_by_role("button", name="Prezent: Maria Popa")
    box = present.bounding_box()
    assert box["height"] >= 44 and box["x"] + box["width"] <= PHONE["width"]
    present.tap()
    expect(door.get_by_role("button", name="Prezent: Maria Popa")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(door.locator(".door-row", has_text="Maria Popa")).to_contain_text("Prezent")
    # Ion never answered his invitation, and came: he is on the list all the same.
    ion = door.locator(".door-row", has_text="Ion Rusu")
    expect(ion).to_contain_text("invitat(ă), fără răspuns")
    door.get_by_role("button", name="Prezent: Ion Rusu").tap()
    expect(door.get_by_role("button", name="Prezent: Ion Rusu")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert door.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone.close()

    # Back at her desk: the minutes, and an action item for Cahul.
    _open_meeting(page, first)
    page.get_by_role("link", name="Proces-verbal", exact=True).click()
    page.get_by_label("Proces-verbal (doar pentru membri)").fill(
        "Au participat partenerii din regiunea Sud. S-a discutat referirea victimelor."
    )
    page.get_by_role("button", name="Salvează procesul-verbal").click()
    expect(page.locator(".notice")).to_contain_text("Procesul-verbal a fost salvat.")
    expect(page.locator(".minutes")).to_contain_text("referirea victimelor")
    page.get_by_role("link", name="Adaugă o acțiune").click()
    due = next_day - dt.timedelta(days=7)
    page.get_by_label("Acțiune", exact=True).fill("Actualizarea listei serviciilor din Cahul")
    page.get_by_label("Organizația responsabilă").select_option(label=network["cahul"].name_ro)
    page.get_by_label("Termen").fill(due.isoformat())
    page.get_by_role("button", name="Adaugă", exact=True).click()
    expect(page.locator(".notice")).to_contain_text("Acțiunea a fost adăugată.")
    expect(page.locator("main")).to_contain_text("Actualizarea listei serviciilor din Cahul")

    # The open item comes back on the next meeting's agenda.
    _open_meeting(page, following)
    follow_up = page.locator("ol.agenda li", has_text="Urmărirea acțiunilor deschise")
    expect(follow_up).to_contain_text("Actualizarea listei serviciilor din Cahul")
    expect(follow_up).to_contain_text(f"{network['cahul'].name_ro}, termen {due:%d.%m.%Y}")

    # The annual report and the tables, from the reports section.
    page.locator(".workspace-menu a[data-section=reports]").click()
    expect(page.locator("h1")).to_have_text("Cifrele programului")
    with page.expect_download() as download:
        page.get_by_role("link", name="Raportul anual, PDF (RO)").click()
    report = download.value
    assert report.suggested_filename.endswith("-ro.pdf")
    content = Path(report.path()).read_bytes()
    assert content.startswith(b"%PDF")
    year = timezone.localdate().year
    assert PdfReader(io.BytesIO(content)).metadata.title == f"Raport anual {year}"
    with page.expect_download() as download:
        page.get_by_role("link", name="Toate tabelele (XLSX)").click()
    tables = Path(download.value.path()).read_bytes()
    assert tables.startswith(b"PK\x03\x04")
    assert "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(tables)).namelist()
    desk.close()
