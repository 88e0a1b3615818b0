"""Which translations of each page exist, and which are older than their source.

The source of a page is its Romanian version (the default language); a
translation is *stale* when it was last published before the source was.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, F, Min, OuterRef, Q, QuerySet, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

MISSING, DRAFT, STALE, CURRENT = "missing", "draft", "stale", "current"
STATE_LABELS = {
    MISSING: _("missing"),
    DRAFT: _("draft"),
    STALE: _("older than the source"),
    CURRENT: _("up to date"),
}


@dataclass
class TranslationCell:
    language: str
    state: str
    page: Page | None

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass
class TranslationRow:
    source: Page
    cells: list[TranslationCell]


def translation_groups(*, only_problems: bool = False, title: str = "") -> QuerySet:
    """One row per translation key, ordered as the page tree; cheap to paginate."""
    source_published = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=settings.LANGUAGE_CODE,
    ).values("last_published_at")[:1]
    groups = (
        Page.objects.filter(depth__gt=1)
        .values("translation_key")
        .annotate(
            first_path=Min("path"),
            versions=Count("id"),
            live_versions=Count("id", filter=Q(live=True)),
            oldest_published=Min("last_published_at"),
            source_published=Subquery(source_published),
        )
        .order_by("first_path")
    )
    if title:
        keys = Page.objects.filter(title__icontains=title[:100]).values("translation_key")
        groups = groups.filter(translation_key__in=keys)
    if only_problems:
        groups = groups.filter(
            Q(versions__lt=len(settings.LANGUAGES))
            | Q(live_versions__lt=F("versions"))
            | Q(oldest_published__lt=F("source_published"))
        )
    return groups


def translation_rows(groups) -> list[TranslationRow]:
    """The rows for one page of `groups`, in a single query."""
    keys = [group["translation_key"] for group in groups]
    pages = Page.objects.filter(translation_key__in=keys).select_related("locale").order_by("path")
    by_key: dict = {}
    for page in pages:
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page
    return [_row(by_key.get(key, {})) for key in keys if by_key.get(key)]


def _row(versions: dict[str, Page]) -> TranslationRow:
    source = versions.get(settings.LANGUAGE_CODE) or next(iter(versions.values()))
    cells = [_cell(code, versions.get(code), source) for code, _name in settings.LANGUAGES]
    return TranslationRow(source=source, cells=cells)


def _cell(language: str, page: Page | None, source: Page) -> TranslationCell:
    if page is None:
        return TranslationCell(language, MISSING, None)
    if not page.live:
        return TranslationCell(language, DRAFT, page)
    if page.pk != source.pk and _older(page, source):
        return TranslationCell(language, STALE, page)
    return TranslationCell(language, CURRENT, page)


def _older(page: Page, source: Page) -> bool:
    return bool(
        source.last_published_at
        and page.last_published_at
        and page.last_published_at < source.last_published_at
    )
