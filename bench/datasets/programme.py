"""Projects (projects.ProjectPage) and normative acts (legislation.ActPage), in bulk.

Wagtail pages written as bench.datasets.pages writes them (``wagtailcore_page``
rows returning their ids, then the specific rows; paths continuing after the
parent's last child, the parent's ``numchild`` raised once at the end), live
and published, under the demo's projects and legislation index pages (one is
made under the home page when the demo was not loaded, as in the tests).

Only Romanian pages (``settings.LANGUAGE_CODE``): the reports' figures count the
pages of the default language only, and translations would add two pages per
item to the search index the site's bench queries. Dates span the years of
`common` (fixed, not relative to today), so the figures of 2025 count thousands.
"""

import datetime as dt
import random
import uuid
from decimal import Decimal

from django.conf import settings
from django.db import connection
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from atnet.core.compat.django import insert_rows
from atnet.legislation.models import ActPage, ActStatus, ActType, LegislationIndexPage, Topic
from atnet.network.models import Domain, Level
from atnet.projects.models import Currency, ProjectIndexPage, ProjectPage, ProjectStatus

from . import bulk
from .common import FIRST_DAY, LAST_DAY, day, pick
from .network import units
from .pages import _mark_published, _Parent
from .text import Vocabulary

CHUNK = 2000  # pages per INSERT pair
# "Today" for the generated records: what has started by then has a status after the pipeline.
TODAY = dt.date(2026, 1, 1)
LEVELS = {Level.LOCAL: 0.45, Level.REGIONAL: 0.3, Level.NATIONAL: 0.25}
CURRENCIES = {Currency.EUR: 0.55, Currency.USD: 0.25, Currency.MDL: 0.2}
ACT_TYPES = {
    ActType.GOVERNMENT_DECISION: 0.4, ActType.LAW: 0.2, ActType.CODE_AMENDMENT: 0.15,
    ActType.ACTION_PLAN: 0.1, ActType.DRAFT_LAW: 0.15,
}  # fmt: skip
ACT_STATUSES = {
    ActStatus.ADOPTED: 0.6, ActStatus.AMENDED: 0.15, ActStatus.REPEALED: 0.08,
    ActStatus.DRAFT: 0.1, ActStatus.WITHDRAWN: 0.07,
}  # fmt: skip


def _index(model, slug: str, title: str) -> Page:
    """The index page of the default language: the demo's, or a new one under the home page."""
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    index = model.objects.filter(locale=locale).order_by("path").first()
    if index:
        return index.page_ptr
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = site.root_page if site else Page.get_first_root_node()
    index = home.add_child(instance=model(title=title, slug=slug, locale=locale))
    return Page.objects.get(pk=index.pk)


def _base(rng, number: int, words: Vocabulary, locale: Locale, parent: _Parent, prefix: str):
    title = words.sentence(rng, rng.randint(4, 9))
    slug = f"{slugify(title)[:60].strip('-') or prefix}-{prefix}{number}"
    fields = {
        "title": title,
        "draft_title": title,
        "slug": slug,
        "locale": locale,
        "translation_key": uuid.UUID(int=rng.getrandbits(128), version=4),
        "intro": words.paragraph(rng, 2),
        "body": [
            {
                "type": "paragraph",
                "value": f"<p>{words.paragraph(rng, 3)}</p>",
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            }
        ],
    }
    return fields, {
        "path": parent.child_path(),
        "depth": parent.page.depth + 1,
        "url_path": f"{parent.page.url_path}{slug}/",
    }


def _place(page: Page, tree: dict, published: dt.date) -> Page:
    for name, value in tree.items():
        setattr(page, name, value)
    _mark_published(page, min(published, TODAY))
    return page


def _insert(pages: list[Page], model) -> list[int]:
    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    ids = insert_rows(
        Page, pages, page_fields, returning_fields=[Page._meta.pk], using=connection.alias
    )
    for page, (pk,) in zip(pages, ids, strict=True):
        page.pk = page.id = page.page_ptr_id = pk
    insert_rows(model, pages, model._meta.local_concrete_fields, using=connection.alias)
    return [page.pk for page in pages]


def _in_chunks(count: int, build, model, after=None) -> int:
    made = 0
    for start in range(0, count, CHUNK):
        pages = [build(number) for number in range(start, min(count, start + CHUNK))]
        _insert(pages, model)
        if after:
            after(pages)
        made += len(pages)
    return made


def _finish(parent: _Parent) -> None:
    Page.objects.filter(pk=parent.page.pk).update(numchild=parent.page.numchild + parent.added)


def _project_dates(rng: random.Random) -> dict:
    """Planned and actual dates, and the status they lead to on TODAY."""
    planned_start = day(rng, FIRST_DAY - dt.timedelta(days=730), LAST_DAY)
    planned_end = planned_start + dt.timedelta(days=rng.randint(180, 1800))
    if rng.random() < 0.05:
        planned_end = None  # open-ended
    dates = {"planned_start": planned_start, "planned_end": planned_end}
    if planned_start > TODAY:
        dates["status"] = ProjectStatus.PIPELINE
        return dates
    if rng.random() < 0.04:  # never started
        dates["status"] = pick(rng, {ProjectStatus.PIPELINE: 0.5, ProjectStatus.CANCELLED: 0.5})
        return dates
    actual_start = planned_start + dt.timedelta(days=rng.randint(-30, 120))
    if rng.random() < 0.1:
        actual_start = None  # started as planned; only the plan was entered
    dates["actual_start"] = actual_start
    began = actual_start or planned_start
    expected_end = planned_end or began + dt.timedelta(days=1095)
    if rng.random() < 0.06:
        dates["status"] = ProjectStatus.CANCELLED
        dates["actual_end"] = began + dt.timedelta(days=rng.randint(30, 400))
    elif expected_end < TODAY:
        dates["status"] = ProjectStatus.COMPLETED
        ended = max(began, expected_end + dt.timedelta(days=rng.randint(-60, 180)))
        dates["actual_end"] = None if rng.random() < 0.1 else ended
    else:
        suspended = rng.random() < 0.05
        dates["status"] = ProjectStatus.SUSPENDED if suspended else ProjectStatus.IMPLEMENTATION
    return dates


def projects(rng: random.Random, count: int) -> int:
    words = Vocabulary("ro", rng)
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    parent = _Parent(_index(ProjectIndexPage, "projects", "Proiecte"))
    places = units()
    through = ProjectPage.units.through
    links: list[tuple[int, int]] = []

    def build(number: int) -> ProjectPage:
        fields, tree = _base(rng, number, words, locale, parent, "p")
        dates = _project_dates(rng)
        budget = None if rng.random() < 0.1 else Decimal(rng.randint(50, 50_000) * 100)
        page = ProjectPage(
            level=pick(rng, LEVELS),
            domains=rng.sample(Domain.values, pick(rng, {1: 0.5, 2: 0.35, 3: 0.15})),
            budget=budget,
            currency=pick(rng, CURRENCIES),
            **dates,
            **fields,
        )
        page._bench_units = rng.sample(places, min(len(places), rng.randint(0, 4)))
        return _place(page, tree, dates["planned_start"] - dt.timedelta(days=rng.randint(0, 90)))

    def link(pages: list[ProjectPage]) -> None:
        links.extend((page.pk, unit) for page in pages for unit in page._bench_units)

    made = _in_chunks(count, build, ProjectPage, link)
    bulk.write(through, ["projectpage", "administrativeunit"], links)
    _finish(parent)
    return made


def _act_fields(rng: random.Random) -> dict:
    act_type = pick(rng, ACT_TYPES)
    status = ActStatus.DRAFT if act_type == ActType.DRAFT_LAW else pick(rng, ACT_STATUSES)
    drafted = day(rng, FIRST_DAY - dt.timedelta(days=365), LAST_DAY)
    values = {"act_type": act_type, "status": status, "topic": rng.choice(Topic.values)}
    if status in (ActStatus.DRAFT, ActStatus.WITHDRAWN):
        values |= {"date_drafted": drafted, "year": drafted.year}
    else:
        adopted = drafted + dt.timedelta(days=rng.randint(30, 400))
        published = adopted + dt.timedelta(days=rng.randint(3, 40))
        values |= {
            "date_drafted": drafted if rng.random() < 0.6 else None,
            "date_adopted": adopted,
            "date_published": published,
            "date_in_force": published + dt.timedelta(days=rng.choice((0, 0, 30, 90, 180))),
            "year": adopted.year,
            "number": str(rng.randint(1, 450)),
            "publication": f"MO nr. {rng.randint(1, 500)}, art. {rng.randint(1, 1500)}",
        }
        if status == ActStatus.AMENDED:
            values["date_amended"] = published + dt.timedelta(days=rng.randint(90, 1500))
        elif status == ActStatus.REPEALED:
            values["date_repealed"] = published + dt.timedelta(days=rng.randint(180, 2000))
        if rng.random() < 0.1:  # the brochure gives the year only
            for name in ("date_drafted", "date_adopted", "date_published", "date_in_force"):
                values[name] = None
    if rng.random() < 0.02:
        values["year"] = None  # not known at all: in no year's figure
    return values


def acts(rng: random.Random, count: int) -> int:
    words = Vocabulary("ro", rng)
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    parent = _Parent(_index(LegislationIndexPage, "legislation", "Legislație"))

    def build(number: int) -> ActPage:
        fields, tree = _base(rng, number, words, locale, parent, "a")
        values = _act_fields(rng)
        known = values.get("date_adopted") or values.get("date_drafted")
        published = known or dt.date(values["year"] or FIRST_DAY.year, 12, 31)
        return _place(ActPage(**values, **fields), tree, published)

    made = _in_chunks(count, build, ActPage)
    _finish(parent)
    return made
