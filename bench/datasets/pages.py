"""News, events and standard pages in ro, en and ru, inserted in bulk.

Creating 100,000 Wagtail pages one by one (``add_child`` + revision + publish)
takes hours. Here each page is built as a model instance, then written with
two multi-row INSERTs per chunk: the ``wagtailcore_page`` rows (returning their
ids) and the rows of the specific model. Tree fields are computed as treebeard
would: ``path`` continues after the parent's last child, ``depth`` is the
parent's plus one, and the parent's ``numchild`` is raised once at the end.
Every item exists in the three languages with one ``translation_key``.
The demo site (``load_demo``) must exist: its index pages are the parents.
"""

import datetime as dt
import random
import uuid
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Locale, Page

from atnet.core.compat.django import insert_rows
from atnet.core.compat.wagtail import child_path, path_step
from atnet.portal.models import (
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    NewsPageTag,
    StandardPage,
)

from .text import Vocabulary

LANGUAGES = ("ro", "en", "ru")
CHUNK = 1500  # items (each in three languages) per INSERT pair
KINDS = (("news", 0.90), ("event", 0.06), ("standard", 0.04))
TAGS = 30


class _Parent:
    """A parent page and the next free step of its children's paths."""

    def __init__(self, page: Page):
        self.page = page
        last = page.get_last_child()
        self.next_step = path_step(last.path) + 1 if last else 1
        self.added = 0

    def child_path(self) -> str:
        path = child_path(self.page.path, self.page.depth + 1, self.next_step)
        self.next_step += 1
        self.added += 1
        return path


def _parents() -> dict[tuple[str, str], _Parent]:
    parents = {}
    for code in LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        parents["news", code] = _Parent(NewsIndexPage.objects.get(locale=locale).page_ptr)
        parents["event", code] = _Parent(EventIndexPage.objects.get(locale=locale).page_ptr)
        about = StandardPage.objects.filter(locale=locale, depth=3).order_by("path").first()
        parents["standard", code] = _Parent(about.page_ptr)
    return parents


def generate(rng: random.Random, count: int) -> int:
    vocabularies = {code: Vocabulary(code, rng) for code in LANGUAGES}
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    parents = _parents()
    tags = _tags(vocabularies["en"])
    groups = max(1, count // len(LANGUAGES))
    made = 0
    with transaction.atomic():
        for start in range(0, groups, CHUNK):
            batch = [
                _item(rng, number, vocabularies, locales, parents)
                for number in range(start, min(groups, start + CHUNK))
            ]
            made += _insert(batch, rng, tags)
        for parent in parents.values():
            Page.objects.filter(pk=parent.page.pk).update(
                numchild=parent.page.numchild + parent.added
            )
    return made


def _tags(vocabulary: Vocabulary) -> list[Tag]:
    names = [f"{word}-{n}" for n, word in enumerate(vocabulary.real[:TAGS])]
    existing = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    Tag.objects.bulk_create(
        [Tag(name=name, slug=slugify(name)) for name in names if name not in existing]
    )
    return list(Tag.objects.filter(name__in=names))


def _item(rng, number, vocabularies, locales, parents) -> list[Page]:
    kind = rng.choices([k for k, _w in KINDS], weights=[w for _k, w in KINDS])[0]
    key = uuid.UUID(int=rng.getrandbits(128), version=4)
    today = timezone.localdate()
    date = today - dt.timedelta(days=rng.randint(0, 3650))
    start = dt.datetime.combine(
        today + dt.timedelta(days=rng.randint(-700, 365)),
        dt.time(rng.randint(8, 17)),
        ZoneInfo(settings.TIME_ZONE),
    )
    pages = []
    for code in LANGUAGES:
        vocabulary = vocabularies[code]
        title = vocabulary.sentence(rng, rng.randint(5, 10))
        slug = f"{slugify(title, allow_unicode=False)[:60].strip('-') or 'item'}-b{number}"
        fields = {
            "title": title,
            "draft_title": title,
            "slug": slug,
            "locale": locales[code],
            "translation_key": key,
            "intro": vocabulary.paragraph(rng, 2),
            "body": [
                {
                    "type": "paragraph",
                    "value": f"<p>{vocabulary.paragraph(rng, 4)}</p>",
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                }
                for _ in range(rng.randint(2, 4))
            ],
        }
        if kind == "news":
            page = NewsPage(date=date, **fields)
        elif kind == "event":
            page = EventPage(
                start=start,
                end=start + dt.timedelta(hours=rng.randint(1, 8)),
                venue=vocabulary.sentence(rng, 3),
                **fields,
            )
        else:
            page = StandardPage(**fields)
        parent = parents[kind, code]
        page.path = parent.child_path()
        page.depth = parent.page.depth + 1
        page.url_path = f"{parent.page.url_path}{slug}/"
        _mark_published(page, date)
        pages.append(page)
    return pages


def _mark_published(page: Page, date: dt.date) -> None:
    published = dt.datetime.combine(date, dt.time(9), ZoneInfo(settings.TIME_ZONE))
    page.numchild = 0
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = page.last_published_at = published
    page.latest_revision_created_at = published
    page.show_in_menus = False


def _insert(batch: list[list[Page]], rng: random.Random, tags: list[Tag]) -> int:
    pages = [page for item in batch for page in item]
    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    ids = insert_rows(
        Page, pages, page_fields, returning_fields=[Page._meta.pk], using=connection.alias
    )
    for page, (pk,) in zip(pages, ids, strict=True):
        page.pk = page.id = page.page_ptr_id = pk
    for model in (NewsPage, EventPage, StandardPage):
        rows = [page for page in pages if type(page) is model]
        if rows:
            insert_rows(model, rows, model._meta.local_concrete_fields, using=connection.alias)
    NewsPageTag.objects.bulk_create(
        [
            NewsPageTag(content_object_id=page.pk, tag=tag)
            for page in pages
            if isinstance(page, NewsPage)
            for tag in rng.sample(tags, rng.randint(0, 2))
        ]
    )
    return len(pages)
