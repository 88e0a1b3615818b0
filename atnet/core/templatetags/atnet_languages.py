"""`{% in_language record "description" words=60 %}`: a record's text in the page's
language, or its fallback marked with its own `lang` and a note that says so."""

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from atnet.core.languages import active_language, text_in_language

register = template.Library()


@register.simple_tag(name="in_language")
def in_language_tag(record, prefix: str, words: int = 0, lines: bool = False):
    """`words`: cut after so many words; `lines`: keep the line breaks (as <br>)."""
    text, language = text_in_language(record, prefix)
    if words:
        text = Truncator(text).words(words)
    if lines:
        text = linebreaksbr(text, autoescape=True)
    if language == active_language() or not text:
        return text
    note = _("not translated; in %(language)s") % {
        "language": get_language_info(language)["name_translated"].lower()
    }
    return format_html(
        '<span lang="{}">{}</span> <small class="lang-note">({})</small>', language, text, note
    )
