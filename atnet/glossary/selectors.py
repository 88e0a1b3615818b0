"""Reads for the glossary: the A–Z listing and the forms linked from articles."""

from django.db.models import QuerySet
from wagtail.models import Locale

from .alphabet import OTHER, alphabet, initial, sort_key
from .models import TermPage


def terms_in(locale: Locale) -> QuerySet:
    return TermPage.objects.live().public().filter(locale=locale).select_related("locale")


def glossary_by_letter(*, index) -> list[dict]:
    """Every letter of the language's alphabet with its terms (possibly none), in order."""
    language = index.locale.language_code
    terms = sorted(
        terms_in(index.locale).descendant_of(index), key=lambda t: sort_key(t.title, language)
    )
    groups: dict[str, list] = {letter: [] for letter in [*alphabet(language), OTHER]}
    for term in terms:
        groups[initial(term.title, language)].append(term)
    return [
        {"letter": letter, "terms": items}
        for letter, items in groups.items()
        if letter != OTHER or items
    ]


def link_targets(locale: Locale) -> dict[str, str]:
    """Each form to link (folded to lower case) -> the URL of its term's page."""
    targets = {}
    for term in terms_in(locale).only("title", "variants", "url_path", "locale"):
        url = term.get_url()
        for form in term.link_forms():
            targets.setdefault(form.casefold(), url)
    return targets
