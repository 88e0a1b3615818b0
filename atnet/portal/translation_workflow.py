"""The translation workflow on top of wagtail-localize.

- A translation started with "Translate this page" is a draft until a
  translator publishes it (`WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE`);
  until then its address sends the visitor to "not translated yet"
  (`untranslated_draft_source`).
- Publishing while segments are missing needs the editor's confirmation
  (`needs_confirmation`, asked by a `before_edit_page` hook).
- What a translation was published with in its source language is recorded
  (`fallback_record`) so the page can mark it with the source's `lang`.
"""

from django.db.models import QuerySet
from django.dispatch import receiver
from wagtail.models import Locale, Page, Site
from wagtail.signals import page_published
from wagtail_localize.models import StringSegment, Translation

from .models import TranslationFallback
from .visibility import public_only

CONFIRM_FIELD = "confirm-untranslated"


def page_translation(page: Page) -> Translation | None:
    """The wagtail-localize translation whose target is `page`, if it was made with it."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id
        )
        .select_related("source__locale", "target_locale")
        .first()
    )


def missing_segments(translation: Translation) -> QuerySet:
    """The source's string segments without a usable translation in the target language."""
    return (
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
    )


def missing_paths(translation: Translation) -> list[str]:
    """Where the missing segments sit: a field name or a body block ("body.<block id>")."""
    paths = missing_segments(translation).values_list("context__path", flat=True)
    return sorted({_top_level(path) for path in paths})


def _top_level(path: str) -> str:
    # A block's segments are "body.<id>" or "body.<id>.<child>...": the page marks the block.
    return ".".join(path.split(".")[:2])


def needs_confirmation(page: Page, data) -> Translation | None:
    """The translation about to be published with missing segments, unless confirmed."""
    if data.get("action") != "publish" or data.get(CONFIRM_FIELD):
        return None
    translation = page_translation(page)
    if translation is None or not missing_segments(translation).exists():
        return None
    return translation


def fallback_record(page: Page) -> None:
    """Remember which parts of a just-published translation are still in the source language."""
    translation = page_translation(page)
    paths = missing_paths(translation) if translation is not None else []
    if not paths:
        TranslationFallback.objects.filter(page_id=page.pk).delete()
        return
    TranslationFallback.objects.update_or_create(
        page_id=page.pk,
        defaults={"paths": paths, "source_language": translation.source.locale.language_code},
    )


def fallback_languages(page: Page) -> dict[str, str]:
    """Path → language of the text `page` shows untranslated (empty for most pages)."""
    record = TranslationFallback.objects.filter(page_id=page.pk).first()
    if record is None:
        return {}
    return {path: record.source_language for path in record.paths}


def untranslated_draft_source(request, path: str) -> Page | None:
    """A public page whose translation at `path` (in the active language) is still a draft."""
    site = Site.find_for_request(request)
    locale = Locale.get_active()
    if site is None:
        return None
    root = site.root_page.get_translation_or_none(locale)
    if root is None:
        return None
    url_path = root.url_path + path.strip("/") + ("/" if path.strip("/") else "")
    draft = Page.objects.filter(url_path=url_path, locale=locale, live=False).first()
    if draft is None:
        return None
    return public_only(Page.objects.live().filter(translation_key=draft.translation_key)).first()


@receiver(page_published)
def _record_fallbacks(sender, instance, **kwargs):
    fallback_record(instance)
