"""Where each page's translations stand, read from wagtail-localize's own progress.

The source of a page is its Romanian version (the default language). For each
other language a translation is:

- *not started*: no version in that language;
- *in progress*: some segments still untranslated (the share is shown);
- *ready*: every segment translated, not yet published;
- *published*: live, published after the source last was;
- *outdated*: live, but the source was published again after it.

Pages translated by hand (without wagtail-localize) have no segments: a draft
is in progress, a live one published or outdated by the same dates.

Only pages the user may edit are listed; another version in the same row is
shown only if the user may edit it or it is public.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Exists, IntegerField, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import pgettext_lazy
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .visibility import public_only

SOURCE, NOT_STARTED, IN_PROGRESS, READY, PUBLISHED, OUTDATED, HIDDEN = (
    "source",
    "not-started",
    "in-progress",
    "ready",
    "published",
    "outdated",
    "hidden",
)
STATE_LABELS = {
    SOURCE: pgettext_lazy("translation state", "source"),
    NOT_STARTED: pgettext_lazy("translation state", "not started"),
    IN_PROGRESS: pgettext_lazy("translation state", "in progress"),
    READY: pgettext_lazy("translation state", "ready to publish"),
    PUBLISHED: pgettext_lazy("translation state", "published"),
    OUTDATED: pgettext_lazy("translation state", "outdated"),
    HIDDEN: "—",
}
# What an editor filters on, and what waits for someone on the dashboard.
FILTER_STATES = (NOT_STARTED, IN_PROGRESS, READY, PUBLISHED, OUTDATED)
WAITING_STATES = (IN_PROGRESS, READY, OUTDATED)


@dataclass
class TranslationCell:
    language: str
    state: str
    page: Page | None = None
    total: int = 0
    translated: int = 0
    editable: bool = False

    @property
    def label(self):
        return STATE_LABELS[self.state]

    @property
    def percent(self) -> int | None:
        """The share of segments translated, for a translation in progress."""
        if self.state != IN_PROGRESS or not self.total:
            return None
        return int(100 * self.translated / self.total)


@dataclass
class TranslationRow:
    source: Page
    cells: list[TranslationCell]

    def cell(self, language: str) -> TranslationCell | None:
        return next((cell for cell in self.cells if cell.language == language), None)


def editable_pages(user) -> QuerySet:
    return PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])


def translation_groups(*, user, title: str = "") -> QuerySet:
    """One row per translation key the user may edit, ordered as the page tree."""
    pages = Page.objects.filter(depth__gt=1, pk__in=editable_pages(user).values("pk"))
    if title:
        pages = pages.filter(title__icontains=title[:100])
    return pages.values("translation_key").annotate(first_path=Min("path")).order_by("first_path")


def translation_rows(groups, *, user) -> list[TranslationRow]:
    """The rows for `groups` (one page of a listing): four queries whatever their number."""
    keys = [group["translation_key"] for group in groups]
    pages = list(Page.objects.filter(translation_key__in=keys).select_related("locale"))
    editable = set(
        editable_pages(user).filter(translation_key__in=keys).values_list("pk", flat=True)
    )
    public = set(
        public_only(Page.objects.filter(translation_key__in=keys)).values_list("pk", flat=True)
    )
    progress = _progress(keys)
    by_key: dict = {}
    for page in pages:
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page
    rows = []
    for key in keys:
        versions = by_key.get(key)
        if versions:
            rows.append(_row(versions, progress.get(key, {}), editable, public))
    return rows


def filtered_rows(*, user, title: str = "", language: str = "", state: str = ""):
    """Every row whose cell in `language` (or any translation) is in `state`.

    The state comes from each translation's segments, so the rows are computed
    in batches and kept when they match; without a state this is not called.
    """
    groups = list(_candidates(translation_groups(user=user, title=title), language, state))
    matched = []
    for start in range(0, len(groups), 200):
        for row in translation_rows(groups[start : start + 200], user=user):
            if _matches(row, language, state):
                matched.append(row)
    return matched


def _candidates(groups: QuerySet, language: str, state: str) -> QuerySet:
    """`groups` narrowed in SQL to those that may be in `state`, so that a filter
    or the dashboard reads the few pages waiting, not the whole site."""
    translations = Page.objects.exclude(locale__language_code=settings.LANGUAGE_CODE)
    if language:
        translations = translations.filter(locale__language_code=language)
    if state == NOT_STARTED:
        languages = [language] if language else _translated_languages()
        missing = Q()
        for code in languages:
            present = Page.objects.filter(locale__language_code=code).values("translation_key")
            missing |= ~Q(translation_key__in=present)
        return groups.filter(missing)
    if state in WAITING_STATES or state == "waiting":
        source_published = Page.objects.filter(
            translation_key=OuterRef("translation_key"),
            locale__language_code=settings.LANGUAGE_CODE,
        ).values("last_published_at")[:1]
        waiting = translations.filter(
            Q(live=False)
            | Q(has_unpublished_changes=True)
            | Q(last_published_at__lt=Subquery(source_published))
        )
        return groups.filter(translation_key__in=waiting.values("translation_key"))
    return groups


def _translated_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _matches(row: TranslationRow, language: str, state: str) -> bool:
    cells = [row.cell(language)] if language else row.cells
    states = WAITING_STATES if state == "waiting" else (state,)
    return any(cell is not None and (not state or cell.state in states) for cell in cells)


def _progress(keys) -> dict:
    """translation key → language → (segments, translated), from wagtail-localize, in one query."""
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id"))
    translated = segments.annotate(
        done=Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=OuterRef(OuterRef("target_locale_id")),
                has_error=False,
            )
        )
    ).filter(done=True)
    rows = (
        Translation.objects.filter(source__object_id__in=keys, enabled=True)
        .annotate(
            total=_count(segments),
            translated=_count(translated),
        )
        .values_list("source__object_id", "target_locale__language_code", "total", "translated")
    )
    progress: dict = {}
    for key, language, total, done in rows:
        progress.setdefault(key, {})[language] = (total, done)
    return progress


def _count(segments: QuerySet) -> Coalesce:
    counted = segments.order_by().values("source_id").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _row(versions: dict[str, Page], progress: dict, editable: set, public: set) -> TranslationRow:
    source = versions.get(settings.LANGUAGE_CODE) or next(iter(versions.values()))
    cells = []
    for code, _name in settings.LANGUAGES:
        page = versions.get(code)
        if page is not None and page.pk not in editable and not (page.live and page.pk in public):
            cells.append(TranslationCell(code, HIDDEN))
            continue
        cell = _cell(code, page, source, progress.get(code))
        cell.editable = page is not None and page.pk in editable
        cells.append(cell)
    return TranslationRow(source=source, cells=cells)


def _cell(language: str, page: Page | None, source: Page, progress) -> TranslationCell:
    if page is None:
        return TranslationCell(language, NOT_STARTED)
    if page.pk == source.pk:
        return TranslationCell(language, SOURCE, page)
    total, translated = progress or (0, 0)
    complete = progress is None or translated >= total
    if page.live and _older(page, source):
        state = OUTDATED
    elif page.live and not (page.has_unpublished_changes and progress and complete):
        state = PUBLISHED
    elif complete and progress is not None:
        state = READY
    else:
        state = IN_PROGRESS
    return TranslationCell(language, state, page, total, translated)


def _older(page: Page, source: Page) -> bool:
    return bool(
        source.last_published_at
        and page.last_published_at
        and page.last_published_at < source.last_published_at
    )


def waiting_counts(user) -> dict[str, dict[str, int]]:
    """language → state → how many pages wait (in progress, ready, outdated), for the dashboard.

    Counted over the pages the user may edit, in batches as `filtered_rows`.
    """
    counts = {code: dict.fromkeys(WAITING_STATES, 0) for code in _translated_languages()}
    for row in filtered_rows(user=user, state="waiting"):
        for cell in row.cells:
            if cell.language in counts and cell.state in WAITING_STATES:
                counts[cell.language][cell.state] += 1
    return counts
