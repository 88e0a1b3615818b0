"""Demo data for `make run`: organisations, focal points, activities, the directory page.

Idempotent: records are found by natural keys (slug; organisation and title;
organisation and email) and never overwritten, so coordinators' edits survive.
"""

import datetime as dt
import random
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from atnet.geo.models import AdministrativeUnit
from atnet.portal.services import page_translation_save, site_ensure

from . import demo_data as data
from .models import (
    Activity,
    ActivityStatus,
    Level,
    Membership,
    NetworkDirectoryPage,
    Organisation,
    Person,
    Role,
)
from .services import member_person_ensure

PASSWORD_FILE = "demo-focal-point.txt"


def demo_load() -> dict[str, int]:
    units = {unit.code: unit for unit in AdministrativeUnit.objects.all()}
    organisations = _local_bodies(units) + _named(units)
    for number, organisation in enumerate(organisations):
        _focal_point(organisation, number)
    activities = [_activity(organisations, units, number) for number in range(64)]
    organisations += _institutions(units)
    _directory_page()
    _demo_user()
    covered = {code for o in organisations for code in o.regions.values_list("code", flat=True)}
    return {
        "organisations": len(organisations),
        "units": len(covered),
        "activities": len(activities),
    }


def _organisation(slug: str, names: tuple, units: list, **fields) -> Organisation:
    existing = Organisation.objects.filter(slug=slug).first()
    if existing:
        return existing
    name_ro, name_en, name_ru = names
    fields.setdefault("email", f"{slug}@example.org")
    organisation = Organisation(
        slug=slug, name_ro=name_ro, name_en=name_en, name_ru=name_ru,
        last_verified=timezone.localdate() - dt.timedelta(days=40),
        **fields,
    )  # fmt: skip
    organisation.full_clean()
    organisation.save()
    organisation.regions.set(units)
    return organisation


def _local_bodies(units) -> list[Organisation]:
    found = []
    for code, types in data.LOCAL_BODIES.items():
        unit = units[code]
        for kind in types:
            names = tuple(
                pattern.format(**{language: getattr(unit, f"name_{language}")})
                for language, pattern in zip(
                    ("ro", "en", "ru"), data.LOCAL_PATTERNS[kind], strict=True
                )
            )
            slug = f"{kind.value.replace('_', '-')}-{code.lower()}"
            level = Level.REGIONAL if kind == data.T.COURT else Level.LOCAL
            domains = [d.value for d in data.LOCAL_DOMAINS[kind]]
            found.append(
                _organisation(slug, names, [unit], type=kind, level=level, domains=domains)
            )
    return found


def _named(units) -> list[Organisation]:
    return [
        _organisation(
            slug,
            names,
            [units[code] for code in codes],
            type=kind,
            level=level,
            domains=[d.value for d in domains],
            acronym=acronym,
            is_public=public,
        )  # fmt: skip
        for slug, kind, level, codes, domains, acronym, names, public in data.NAMED
    ]


def _institutions(units) -> list[Organisation]:
    """The national anti-trafficking system: the Institute, the Committee, its Secretariat
    and territorial commissions. No email or phone: none is invented for real bodies."""
    found = []
    for slug, kind, level, codes, domains, acronym, names, public in data.INSTITUTIONS:
        described = slug == "institutul-national-al-justitiei"
        texts = data.INSTITUTE_DESCRIPTION if described else {}
        found.append(
            _organisation(
                slug,
                names,
                [units[code] for code in codes],
                type=kind,
                level=level,
                domains=[d.value for d in domains],
                acronym=acronym,
                is_public=public,
                email="",
                **{f"description_{language}": text for language, text in texts.items()},
            )  # fmt: skip
        )
    for code in data.COMMISSION_UNITS:
        unit = units[code]
        names = tuple(
            pattern.format(**{language: getattr(unit, f"name_{language}")})
            for language, pattern in zip(("ro", "en", "ru"), data.COMMISSION_PATTERN, strict=True)
        )
        found.append(
            _organisation(
                f"comisia-teritoriala-antitrafic-{code.lower()}",
                names,
                [unit],
                type=data.T.LOCAL_AUTHORITY,
                level=Level.LOCAL,
                domains=[data.D.TRAFFICKING_PREVENTION.value, data.D.PROTECTION_ASSISTANCE.value],
                email="",
            )  # fmt: skip
        )
    return found


def activity_status(start: dt.date, end: dt.date | None, today: dt.date) -> str:
    """Completed once it has ended, ongoing while today is within it, planned before."""
    if start > today:
        return ActivityStatus.PLANNED
    if (end or start) < today:
        return ActivityStatus.COMPLETED
    return ActivityStatus.ONGOING


def _activity_dates(template: int, number: int, today: dt.date) -> tuple[dt.date, dt.date]:
    """Deterministic dates of varied length; the 16-days campaign keeps its real dates."""
    if template == data.CAMPAIGN_TEMPLATE:
        year = today.year - 2 + (number // len(data.ACTIVITIES)) % 4
        return dt.date(year, *data.CAMPAIGN_START), dt.date(year, *data.CAMPAIGN_END)
    rng = random.Random(number)  # noqa: S311 - demo dates, not security
    start = today + dt.timedelta(days=rng.randint(-420, 200))
    return start, start + dt.timedelta(days=rng.choice(data.DURATIONS))


def _focal_point(organisation: Organisation, number: int) -> Person:
    email = f"focal.{organisation.slug}@example.org"
    first = data.FIRST_NAMES[number % len(data.FIRST_NAMES)]
    last = data.LAST_NAMES[(number * 3) % len(data.LAST_NAMES)]
    person, _created = Person.objects.get_or_create(
        organisation=organisation,
        email=email,
        defaults={
            "full_name": f"{first} {last}",
            "position": data.POSITIONS[number % len(data.POSITIONS)],
            "preferred_language": ("ro", "ru", "en")[number % 3],
        },
    )
    return person


def _activity(organisations, units, number: int) -> Activity:
    # Every organisation gets an activity; (organisation, template) pairs never repeat.
    organisation = organisations[number % len(organisations)]
    template = (number * 5) % len(data.ACTIVITIES)
    (ro, en, ru), domains, groups = data.ACTIVITIES[template]
    unit = organisation.regions.first() or units["MD-CU"]
    title_ro = ro.format(ro=unit.name_ro)
    existing = Activity.objects.filter(organisation=organisation, title_ro=title_ro).first()
    if existing:
        return existing
    today = timezone.localdate()
    start, end = _activity_dates(template, number, today)
    activity = Activity(
        organisation=organisation,
        title_ro=title_ro,
        title_en=en.format(en=unit.name_en),
        title_ru=ru.format(ru=unit.name_ru),
        description_ro=data.ACTIVITY_DESCRIPTION[0],
        description_en=data.ACTIVITY_DESCRIPTION[1],
        description_ru=data.ACTIVITY_DESCRIPTION[2],
        domains=[d.value for d in domains],
        target_groups=[g.value for g in groups],
        start_date=start,
        end_date=end,
        status=activity_status(start, end, today),
        is_public=number % 7 != 6,
    )
    activity.full_clean()
    activity.save()
    activity.regions.set([unit])
    if number % 3 == 0:
        activity.partners.set([organisations[(number + 11) % len(organisations)]])
    return activity


def _directory_page() -> NetworkDirectoryPage:
    home = site_ensure(hostname=settings.ATNET_SITE_HOSTNAME, port=settings.ATNET_SITE_PORT)
    page = NetworkDirectoryPage.objects.child_of(home).first()
    if page is not None:
        return page
    page = NetworkDirectoryPage(slug="network", show_in_menus=True, **data.DIRECTORY_TEXTS["ro"])
    home.add_child(instance=page)
    page.save_revision().publish()
    for language in ("en", "ru"):
        page_translation_save(page=page, language=language, fields=data.DIRECTORY_TEXTS[language])
    return page


def _demo_user():
    """The demo focal point; its generated password is kept in var/ for `make run` to print."""
    user_model = get_user_model()
    username = data.DEMO_FOCAL_POINT["username"]
    user = user_model.objects.filter(username=username).first()
    if user is None:
        password = secrets.token_urlsafe(12)
        user = user_model.objects.create_user(
            username, f"{username}@example.org", password, first_name="Ana", last_name="Exemplu"
        )
        password_file = Path(settings.VAR_DIR) / PASSWORD_FILE
        password_file.parent.mkdir(parents=True, exist_ok=True)
        password_file.write_text(password + "\n", encoding="utf-8")
        password_file.chmod(0o600)
    organisation = Organisation.objects.get(slug=data.DEMO_FOCAL_POINT["organisation"])
    Membership.objects.get_or_create(
        user=user, organisation=organisation, defaults={"role": Role.FOCAL_POINT}
    )
    member_person_ensure(actor=None, user=user, organisation=organisation)
    return user
