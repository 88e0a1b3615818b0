"""Fields kept once per language (`title_ro`, `title_en`, `title_ru`) on plain models."""

from django.conf import settings
from django.utils.translation import get_language

LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)


def in_language(obj, prefix: str) -> str:
    """`<prefix>_<active language>` of `obj`, else the first language that has a value."""
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    for language in (current, *LANGUAGE_CODES):
        value = getattr(obj, f"{prefix}_{language}", "")
        if value:
            return value
    return ""
