"""Place names across scripts, for search: `chisinau` on the Russian site means `Кишинёв`.

Letter-by-letter transliteration (atnet.core.text) turns `Кишинёв` into
`kishinev`, never into `chisinau`: a city's name in another language is an
exonym, not a spelling. The units' own names in the three languages
(atnet.geo.units) are the dictionary. Only one-word names take part; a query
word is compared with the name by its stem, so `Кишинёве` and `Chișinăului`
are recognised too.
"""

from functools import lru_cache

from atnet.core.text import STEMMER_NAMES, fold, stem_forms, word_stems

from .units import unit_rows

_NAME_FIELDS = {"ro": "name_ro", "en": "name_en", "ru": "name_ru"}


@lru_cache(maxsize=1)
def _names_by_form() -> dict[str, frozenset[str]]:
    """Every folded form (name or stem) of a one-word unit name → all the unit's names."""
    by_form: dict[str, set[str]] = {}
    for row in unit_rows():
        names = {language: row[field] for language, field in _NAME_FIELDS.items()}
        if any(len(name.split()) != 1 for name in names.values()):
            continue
        all_names = {fold(name) for name in names.values()}
        for language, name in names.items():
            for form in {fold(name), *word_stems(name, language)}:
                by_form.setdefault(form, set()).update(all_names)
    return {form: frozenset(names) for form, names in by_form.items()}


def place_name_forms(forms: frozenset[str], language: str) -> frozenset[str]:
    """The names, and their stems in `language`, of the units one of `forms` names."""
    stem_language = language if language in STEMMER_NAMES else "ro"
    names = set()
    for form in forms:
        for candidate in {
            form,
            *(stem for other in STEMMER_NAMES for stem in word_stems(form, other)),
        }:
            names |= _names_by_form().get(candidate, frozenset())
    return frozenset(
        {*names, *(form for name in names for form in stem_forms(name, stem_language))}
    )
