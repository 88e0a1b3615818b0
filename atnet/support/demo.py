"""Demo support records: equipment, key materials with translations and distributions,
conferences with supported participants, and the public library page.

Idempotent: found by natural keys (slug, item + recipient + date); never changed
once they exist. Files are small generated placeholders marked as examples.
"""

import datetime as dt

from django.core.files.base import ContentFile

from atnet.geo.models import AdministrativeUnit
from atnet.network.models import Organisation
from atnet.portal.services import page_translation_save, site_ensure

from .models import (
    Conference,
    ConferenceParticipation,
    Distribution,
    Equipment,
    LibraryPage,
    Material,
    MaterialFile,
)

LIBRARY = {
    "ro": ("Biblioteca de materiale",
           "Legi, ghiduri, manuale și rapoarte, în română, engleză și rusă."),
    "en": ("Materials library",
           "Laws, guides, manuals and reports in Romanian, English and Russian."),
    "ru": ("Библиотека материалов",
           "Законы, руководства, пособия и отчёты на румынском, английском и русском."),
}  # fmt: skip

MATERIALS = [
    ("ghid-identificarea-victimelor", "guide", "en", 2023,
     "Ghid privind identificarea victimelor traficului de ființe umane",
     "Guide to identifying victims of trafficking in human beings",
     "Руководство по выявлению жертв торговли людьми"),
    ("manual-investigare-trafic", "manual", "en", 2022,
     "Manual de investigare a infracțiunilor de trafic",
     "Manual on investigating trafficking offences",
     "Пособие по расследованию преступлений торговли людьми"),
    ("raport-monitorizare-procese", "report", "ro", 2024,
     "Raport de monitorizare a proceselor de trafic",
     "Trial monitoring report on trafficking cases",
     "Отчёт о мониторинге судебных процессов по делам о торговле людьми"),
    ("ghid-violenta-in-familie", "guide", "ro", 2023,
     "Ghid de intervenție în cazurile de violență în familie",
     "Guide to intervention in domestic violence cases",
     "Руководство по вмешательству в случаях насилия в семье"),
    ("compendiu-legislativ", "law", "ro", 2024,
     "Compendiu de legislație națională în domeniul antitrafic",
     "Compendium of national anti-trafficking legislation",
     "Сборник национального законодательства в сфере борьбы с торговлей людьми"),
    ("note-interne-coordonare", "report", "ro", 2025,
     "Note interne pentru coordonatori (doar pentru membri)",
     "Internal notes for coordinators (members only)",
     "Внутренние заметки для координаторов (только для членов)"),
]  # fmt: skip

EQUIPMENT = [
    ("Calculatoare portabile", "it", 12, "14400.00"),
    ("Echipament pentru camera de audiere a copiilor", "interview_room", 1, "9500.00"),
    ("Trusă de criminalistică", "forensic", 4, "6000.00"),
    ("Stații radio", "communication", 20, "8000.00"),
    ("Multifuncționale de birou", "office", 6, "2100.00"),
    ("Autoturism de serviciu", "vehicle", 1, "21000.00"),
]

CONFERENCES = [
    ("alianta-osce-2025", "Conferința Alianței împotriva traficului de persoane",
     "Alliance against Trafficking in Persons conference",
     "Конференция Альянса против торговли людьми", "Vienna", "AT", dt.date(2025, 4, 7)),
    ("forum-regional-2024", "Forumul regional privind migrația sigură",
     "Regional forum on safe migration",
     "Региональный форум по безопасной миграции", "Tbilisi", "GE", dt.date(2024, 10, 15)),
    ("conferinta-gen-2025", "Conferința internațională privind egalitatea de gen",
     "International conference on gender equality",
     "Международная конференция по гендерному равенству", "Warsaw", "PL",
     dt.date(2025, 9, 22)),
]  # fmt: skip

# Funders from the network demo's directory; what one participant's trip cost them.
FUNDERS = ["osce-moldova", "oim-moldova", "un-women-moldova"]
PARTICIPATION_COSTS = [("EUR", "1240.00"), ("USD", "1385.50"), ("EUR", "965.00")]


def demo_load() -> dict[str, int]:
    _library_page()
    organisations = list(Organisation.objects.order_by("pk")[:7])
    if not organisations:  # the network and trainings demos create organisations first
        return {"materials": 0}
    return {
        "equipment": _equipment(organisations),
        "materials": _materials(organisations),
        "conferences": _conferences(organisations, _funders()),
    }


def _funders() -> list[Organisation]:
    """The international organisations of the demo directory that fund participations."""
    found = Organisation.objects.in_bulk(FUNDERS, field_name="slug")
    return [found[slug] for slug in FUNDERS if slug in found]


def _funding(number: int, k: int, funders: list[Organisation]) -> dict:
    """Travel, accommodation and per diem of one participant, paid by one funder."""
    if not funders:
        return {}
    currency, amount = PARTICIPATION_COSTS[(number + k) % len(PARTICIPATION_COSTS)]
    return {"funded_by": funders[number % len(funders)], "cost_amount": amount,
            "cost_currency": currency}  # fmt: skip


def _library_page() -> None:
    home = site_ensure()
    if LibraryPage.objects.child_of(home).filter(slug="library").exists():
        return
    page = LibraryPage(
        title=LIBRARY["ro"][0], intro=LIBRARY["ro"][1], slug="library", show_in_menus=True
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    for language in ("en", "ru"):
        title, intro = LIBRARY[language]
        page_translation_save(page=page, language=language, fields={"title": title, "intro": intro})


def _placeholder(title: str) -> ContentFile:
    text = f"{title}\n\nDocument exemplu / Example document / Пример документа.\n"
    return ContentFile(text.encode(), name="example.txt")


def _equipment(organisations) -> int:
    units = list(AdministrativeUnit.objects.order_by("code")[:6])
    created = 0
    for number, (item, category, quantity, value) in enumerate(EQUIPMENT):
        recipient, date = organisations[number % len(organisations)], dt.date(2024, 3 + number, 10)
        # Earlier demos marked the item "(exemplu)": rename it rather than add a second one.
        Equipment.objects.filter(item=f"{item} (exemplu)", recipient=recipient, date=date).update(
            item=item
        )
        if Equipment.objects.filter(item=item, recipient=recipient, date=date).exists():
            continue
        Equipment.objects.create(
            item=item, category=category, quantity=quantity, value=value, currency="EUR",
            recipient=recipient, unit=units[number % len(units)], date=date,
            status=("delivered", "in_use", "planned", "in_use", "written_off", "delivered")[number],
            handover_document=_placeholder(f"Act de predare-primire: {item}"),
        )  # fmt: skip
        created += 1
    return created


def _materials(organisations) -> int:
    created = 0
    for number, (slug, kind, original, year, ro, en, ru) in enumerate(MATERIALS):
        if Material.objects.filter(slug=slug).exists():
            continue
        material = Material.objects.create(
            slug=slug, kind=kind, original_language=original, year=year,
            title_ro=ro, title_en=en, title_ru=ru,
            access="members" if slug.startswith("note-") else "public",
            author="Exemplu / Example", domains=["trafficking_prevention"],
        )  # fmt: skip
        _material_files(material, {"ro": ro, "en": en, "ru": ru}, original)
        Distribution.objects.bulk_create(
            Distribution(
                material=material,
                organisation=organisations[(number + k) % len(organisations)],
                date=dt.date(year, 6, 1) + dt.timedelta(days=30 * k),
                place="Chișinău",
                copies=20 + 10 * k,
                language=("ro", "ru")[k % 2],
            )  # fmt: skip
            for k in range(3)
        )
        created += 1
    return created


def _material_files(material, titles: dict, original: str) -> None:
    for language, title in titles.items():
        is_original = language == original
        MaterialFile.objects.create(
            material=material, language=language, is_original=is_original,
            translator="" if is_original else "Traducător exemplu / Example translator",
            translated_on=None if is_original else dt.date(material.year, 5, 1),
            file=_placeholder(title),
        )  # fmt: skip


def _conferences(organisations, funders) -> int:
    created = 0
    for number, (slug, ro, en, ru, city, country, start) in enumerate(CONFERENCES):
        if Conference.objects.filter(slug=slug).exists():
            continue
        conference = Conference.objects.create(
            slug=slug, title_ro=ro, title_en=en, title_ru=ru, city=city, country=country,
            start_date=start, end_date=start + dt.timedelta(days=2), organiser="Exemplu / Example",
        )  # fmt: skip
        ConferenceParticipation.objects.bulk_create(
            ConferenceParticipation(
                conference=conference,
                full_name=name,
                organisation=organisations[k % len(organisations)],
                role=role,
                start_date=start,
                end_date=conference.end_date,
                costs_covered=["travel", "accommodation", "per_diem"],
                report_back="Raport de participare." if k == 0 else "",
                report_received_on=conference.end_date + dt.timedelta(days=14) if k == 0 else None,
                **_funding(number, k, funders),
            )  # fmt: skip
            for k, (name, role) in enumerate(
                [("Participant exemplu A", "speaker"), ("Participant exemplu B", "participant")]
            )
        )
        created += 1
    return created
