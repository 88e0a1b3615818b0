"""Demo data: a projects page with example projects, in ro, en and ru.

Idempotent: a page found by its slug under its parent is left as it is, so
editors' changes survive a second `load_demo`.
"""

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.utils import timezone
from wagtail.models import Site

from atnet.geo.models import AdministrativeUnit
from atnet.network.models import Organisation
from atnet.portal.services import page_translation_save, site_ensure

from . import demo_content as content
from .models import (
    ProjectIndexPage,
    ProjectIndicator,
    ProjectPage,
    ProjectPartner,
    ProjectTransaction,
)

TRANSLATIONS = ("en", "ru")


def _home():
    """The Romanian home page (the portal's demo creates it first)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and site.root_page.depth == 2:
        return site.root_page.specific
    return site_ensure(hostname=settings.ATNET_SITE_HOSTNAME, port=settings.ATNET_SITE_PORT)


def _ensure(parent, page, fields_for):
    """`page` under `parent` with its translations, unless one with its slug exists."""
    existing = type(page).objects.child_of(parent).filter(slug=page.slug).first()
    if existing:
        return existing
    for name, value in fields_for("ro").items():
        setattr(page, name, value)
    parent.add_child(instance=page)
    page.save_revision().publish()
    for language in TRANSLATIONS:
        page_translation_save(page=page, language=language, fields=fields_for(language))
    return page


def _date(value):
    return dt.date.fromisoformat(value) if value else None


def _project_fields(item):
    def build(language: str) -> dict:
        texts = item[language]
        indicators = [
            ProjectIndicator(
                result=result, indicator=name, baseline=b, baseline_year=y, target=t, actual=a
            )
            for (result, name), (b, y, t, a) in zip(
                texts["indicators"], item["indicators"], strict=True
            )
        ]
        return {"title": texts["title"], "intro": texts["intro"], "indicators": indicators}

    return build


def _transactions(item, organisations) -> list[ProjectTransaction]:
    """The item's transactions up to today, from its funder to its implementer."""
    roles = {role: organisations.get(slug) for slug, role in item["partners"]}
    today = timezone.localdate()
    return [
        ProjectTransaction(
            type=type_,
            date=_date(day),
            amount=Decimal(amount),
            currency=item["budget"][1],
            description=description,
            provider=roles.get("funder"),
            receiver=roles.get("implementer"),
        )
        for type_, day, amount, description in item.get("transactions", [])
        if _date(day) <= today
    ]


def _project(index, item):
    organisations = Organisation.objects.in_bulk(
        [slug for slug, _role in item["partners"]], field_name="slug"
    )
    page = ProjectPage(
        slug=item["slug"],
        status=item["status"],
        level=item["level"],
        domains=item["domains"],
        planned_start=_date(item["planned"][0]),
        planned_end=_date(item["planned"][1]),
        actual_start=_date(item["actual"][0]),
        actual_end=_date(item["actual"][1]),
        budget=Decimal(item["budget"][0]),
        currency=item["budget"][1],
    )
    page.units = list(AdministrativeUnit.objects.filter(code__in=item["units"]))
    page.partners = [
        ProjectPartner(organisation=organisations[slug], role=role)
        for slug, role in item["partners"]
        if slug in organisations
    ]
    page.transactions = _transactions(item, organisations)
    return _ensure(index, page, _project_fields(item))


def demo_load() -> dict[str, int]:
    index = _ensure(
        _home(),
        ProjectIndexPage(slug="projects", show_in_menus=True),
        lambda language: content.INDEX[language],
    )
    projects = [_project(index, item) for item in content.PROJECTS]
    return {"projects": len(projects)}
