"""Fields kept once per language (`title_ro`, `title_en`, `title_ru`) on plain models.

Every app's records hold their visitor-facing text this way and read it through
`in_language` (the text) or `text_in_language` (the text and the language it is
in). A missing translation falls back to Romanian, then the other languages;
templates show a fallback through the `{% in_language %}` tag
(atnet.core.templatetags.atnet_languages), which marks it with its own `lang`
and says so in the visitor's language.
"""

from django.conf import settings
from django.utils.translation import get_language

LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)


def active_language() -> str:
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def text_in_language(obj, prefix: str) -> tuple[str, str]:
    """(`<prefix>_<active language>` of `obj`, that language), else the first language
    that has a value and its code; ("", active language) when none has."""
    current = active_language()
    for language in (current, *LANGUAGE_CODES):
        value = getattr(obj, f"{prefix}_{language}", "")
        if value:
            return value, language
    return "", current


def in_language(obj, prefix: str) -> str:
    """`<prefix>_<active language>` of `obj`, else the first language that has a value."""
    return text_in_language(obj, prefix)[0]
