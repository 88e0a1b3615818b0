import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from atnet.core.models import AuditLogEntry
from atnet.network.models import Membership, Role
from atnet.support import services
from atnet.support.models import ConferenceParticipation, Distribution, LibraryPage, MaterialFile
from atnet.trainings.tests.factories import OrganisationFactory, UserFactory

from .factories import EquipmentFactory, MaterialFactory, MaterialFileFactory

pytestmark = pytest.mark.django_db


def _member(organisation):
    user = UserFactory()
    Membership.objects.create(user=user, organisation=organisation, role=Role.MEMBER)
    return user


def test_handover_documents_are_stored_outside_the_media_folder():
    equipment = EquipmentFactory()
    path = Path(equipment.handover_document.path)
    assert path.exists()
    assert Path(settings.MEDIA_ROOT) not in path.parents
    with pytest.raises(ValueError):
        equipment.handover_document.url  # noqa: B018 - no URL serves private files


def test_a_handover_document_is_served_only_to_the_recipient_and_coordinators(client, coordinator):
    equipment = EquipmentFactory()
    url = reverse("support:equipment_document", args=[equipment.pk])
    assert client.get(url).status_code == 302
    client.force_login(_member(OrganisationFactory()))
    assert client.get(url).status_code == 404
    client.force_login(_member(equipment.recipient))
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 act"
    assert "no-store" in response["Cache-Control"]
    client.force_login(coordinator)
    assert client.get(url).status_code == 200


def test_members_only_materials_need_a_member(client):
    version = MaterialFileFactory(material__access="members")
    url = reverse("support:material_file", args=[version.material.slug, "ro"])
    assert client.get(url).status_code == 302
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    client.force_login(_member(OrganisationFactory()))
    assert client.get(url).status_code == 200


def test_public_materials_are_served_to_anyone(client):
    version = MaterialFileFactory()
    url = reverse("support:material_file", args=[version.material.slug, "ro"])
    assert client.get(url).status_code == 200


def test_a_translation_names_its_translator(coordinator):
    material = MaterialFactory()
    with pytest.raises(ValidationError):
        services.material_file_save(
            actor=coordinator,
            material=material,
            language="ru",
            file=ContentFile(b"x", name="a.pdf"),
        )
    version = services.material_file_save(
        actor=coordinator,
        material=material,
        language="ru",
        file=ContentFile(b"x", name="a.pdf"),
        translator="Translator example",
        translated_on=dt.date(2025, 1, 5),
    )
    services.material_file_save(
        actor=coordinator, material=material, language="ru", file=ContentFile(b"y", name="b.pdf"),
        translator="Translator example",
    )  # fmt: skip
    assert MaterialFile.objects.filter(material=material).count() == 1
    assert MaterialFile.objects.get(pk=version.pk).translated_on is None


def test_the_distribution_log_records_copies(coordinator):
    material = MaterialFactory()
    organisation = OrganisationFactory()
    services.distribution_record(
        actor=coordinator, material=material, organisation=organisation,
        date=dt.date(2025, 4, 2), place="Cahul", copies=40, language="ro",
    )  # fmt: skip
    assert Distribution.objects.get().copies == 40
    assert AuditLogEntry.objects.filter(action="support.distribution.create").exists()


def test_equipment_status_changes_are_audited(coordinator):
    equipment = EquipmentFactory()
    services.equipment_status_set(actor=coordinator, equipment=equipment, status="written_off")
    assert equipment.status == "written_off"
    with pytest.raises(ValidationError):
        services.equipment_status_set(actor=coordinator, equipment=equipment, status="lost")


def test_a_conference_participation_cannot_end_before_it_starts(coordinator):
    from atnet.support.models import Conference

    conference = Conference.objects.create(
        slug="c", title_en="Conference", city="Vienna", country="AT",
        start_date=dt.date(2025, 5, 1), end_date=dt.date(2025, 5, 2),
    )  # fmt: skip
    participation = ConferenceParticipation(
        conference=conference, full_name="Ana Rusu", organisation=OrganisationFactory(),
        role="speaker", start_date=dt.date(2025, 5, 2), end_date=dt.date(2025, 5, 1),
        costs_covered=["travel", "per_diem"],
    )  # fmt: skip
    with pytest.raises(ValidationError):
        services.participation_save(actor=coordinator, participation=participation)
    participation.end_date = dt.date(2025, 5, 3)
    services.participation_save(actor=coordinator, participation=participation)
    assert participation.pk


@pytest.fixture
def library(home):
    from atnet.portal.services import page_translation_save

    page = LibraryPage(title="Biblioteca", slug="library", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    page_translation_save(page=page, language="en", fields={"title": "Library"})
    page_translation_save(page=page, language="ru", fields={"title": "Библиотека"})
    return page


@pytest.mark.parametrize(
    "query", ["identificarea", "IDENTIFICAREA", "victims", "выявлению", "ВЫЯВЛЕНИЮ"]
)
def test_the_library_is_searchable_in_three_languages(client, library, query):
    MaterialFileFactory(material__title_ro="Ghid privind identificarea victimelor")
    MaterialFactory(title_ro="Raport anual", title_en="Annual report", title_ru="Годовой отчёт")
    response = client.get("/ro/library/", {"q": query})
    assert [m.title_ro for m in response.context["items"]] == [
        "Ghid privind identificarea victimelor"
    ]


def test_the_library_search_ignores_diacritics(client, library):
    MaterialFactory(title_ro="Ghidul procurorului în cauzele de trafic")
    response = client.get("/ro/library/", {"q": "cauzele procurorului in"})
    assert len(response.context["items"]) == 1
    response = client.get("/ru/library/", {"q": "отчет"})
    assert response.status_code == 200


def test_the_library_hides_members_only_materials(client, library):
    MaterialFactory(title_ro="Document intern", access="members")
    assert "Document intern" not in client.get("/ro/library/").content.decode()


def test_the_library_runs_a_constant_number_of_queries(client, library, settings):
    settings.ATNET_PAGE_SIZE = 100

    def measure(count):
        for _ in range(count):
            MaterialFileFactory()
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/ro/library/").status_code == 200
        return len(captured)

    measure(1)
    assert measure(5) == measure(45)


def test_the_public_api_lists_materials_without_distribution_contacts(client):
    MaterialFileFactory(material__title_en="Guide to identifying victims")
    MaterialFactory(access="members", title_en="Internal")
    data = client.get("/api/v1/materials?lang=en").json()
    assert [item["title"] for item in data["items"]] == ["Guide to identifying victims"]
    assert data["items"][0]["files"][0]["translator"] == "Traducător exemplu"


def test_the_workspace_shows_only_the_members_own_equipment(client):
    ours = EquipmentFactory(item="Scanner")
    EquipmentFactory(item="Vehicul")
    client.force_login(_member(ours.recipient))
    page = client.get(reverse("support:workspace")).content.decode()
    assert "Scanner" in page and "Vehicul" not in page
