"""Text normalisation for search: folding, stemming and transliteration.

Romanian is written with comma-below letters (ș ț) but much text still uses the
older cedilla forms (ş ţ) or no diacritics at all; Russian text mixes ё and е.
A visitor must find `Chișinău` whether they type `Chisinau`, `Chişinău` or
`CHIȘINĂU`. We fold all of these to one plain lowercase form, both in the
indexed text and in the query, so every database backend agrees.

Inflected forms find each other through Snowball stems (Romanian, Russian,
English). The indexed text keeps each folded word and adds its stems in the
three languages (records hold all three; a page's words in another language
are harmless extra tokens); a query asks for its words' stems in the
visitor's language. Each word is stemmed twice, folded and as written:
Romanian's rules read the diacritics, and a visitor often types none:
`violenței` stems to `violențe` (folded `violente`), `violenta` to `violent`.
So a Romanian stem is also kept without its final vowel (`violent`, when four
letters remain), in the index and in the query. Forms match whole words only,
on both database backends alike (SQLite's full-text search has no prefixes
outside autocomplete).
"""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NON_WORD = re.compile(r"[\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")

STEMMER_NAMES = {"ro": "romanian", "ru": "russian", "en": "english"}
# Snowball's Romanian rules are written for the comma-below letters.
_CEDILLA_TO_COMMA = str.maketrans({"ş": "ș", "ţ": "ț"})


def fold(text: str) -> str:
    """Lowercase, strip diacritics (Latin and Cyrillic ё/й), keep letters and digits."""
    text = unicodedata.normalize("NFKD", text.casefold())
    # Cyrillic й is a letter of its own, not и with a mark: keep it whole.
    text = text.replace("и\u0306", "й")
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def search_terms(query: str, max_terms: int = 12, max_length: int = 200) -> list[str]:
    """Split a visitor's query into folded words, dropping markup and control characters."""
    return [fold(word) for word in _query_words(query, max_terms, max_length)]


def _query_words(query: str, max_terms: int, max_length: int) -> list[str]:
    """The query's words as typed (lowercased, not folded), at most `max_terms`."""
    cleaned = _CONTROL.sub(" ", query[:max_length])
    words = _NON_WORD.sub(" ", unicodedata.normalize("NFC", cleaned.casefold())).split()
    return [word for word in words if fold(word)][:max_terms]


def searchable(*parts: str) -> str:
    """The folded text of several fields with each word's stems, for an index column."""
    words = _NON_WORD.sub(" ", " ".join(part for part in parts if part)).split()
    folded = [_folded_word(word) for word in words]
    stems = dict.fromkeys(
        form
        for word in words
        for language in STEMMER_NAMES
        for form in sorted(stem_forms(word, language))
    )
    known = set(folded)
    extra = [stem for stem in stems if stem not in known]
    return " ".join(part for part in (*folded, *extra) if part)


@lru_cache(maxsize=65536)
def _folded_word(word: str) -> str:
    """`fold` of one word, remembered: a page's text repeats its words."""
    return fold(word)


@lru_cache(maxsize=65536)
def word_stems(word: str, language: str) -> frozenset[str]:
    """The folded stems of one word in `language`: of the folded word and of the word as written."""
    written = unicodedata.normalize("NFC", word.casefold()).translate(_CEDILLA_TO_COMMA)
    folded = fold(word)
    stemmer = _stemmer(language)
    return frozenset(
        stem for stem in (stemmer.stemWord(folded), fold(stemmer.stemWord(written))) if stem
    )


_local = threading.local()


def _stemmer(language: str):
    """One stemmer per thread and language (a Snowball stemmer keeps state while it works)."""
    stemmers = _local.__dict__.setdefault("stemmers", {})
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(STEMMER_NAMES[language])
    return stemmers[language]


def query_alternatives(
    query: str, language: str, max_terms: int = 12, max_length: int = 200
) -> list[frozenset[str]]:
    """For each word of `query`, the folded forms any of which may match it.

    The word itself and its stems in the visitor's language; on the Russian site
    a Latin word also by its Cyrillic transliteration, and on the Romanian and
    English sites a Cyrillic word by its Latin one.
    """
    stem_language = language if language in STEMMER_NAMES else "ro"
    alternatives = []
    for word in _query_words(query, max_terms, max_length):
        forms = {fold(word), *stem_forms(word, stem_language)}
        transliterated = transliterate(fold(word), to_cyrillic=stem_language == "ru")
        if transliterated:
            forms |= {transliterated, *stem_forms(transliterated, stem_language)}
        alternatives.append(frozenset(forms))
    return alternatives


@lru_cache(maxsize=65536)
def stem_forms(word: str, language: str) -> frozenset[str]:
    """The word's stems in `language`; Romanian ones also without final vowels."""
    stems = word_stems(word, language)
    if language != "ro":
        return stems
    return stems | {_without_final_vowels(stem) for stem in stems}


# Shorter than this, a trimmed stem would meet too many other words.
MIN_TRIMMED = 4


def _without_final_vowels(stem: str) -> str:
    """A Romanian stem without the vowel Snowball leaves of some endings (`violente`
    of `violentei`, where `violența` gives `violent`), if four letters remain."""
    trimmed = stem[:-1] if stem.endswith(("a", "e", "i", "u")) else stem
    return trimmed if len(trimmed) >= MIN_TRIMMED else stem


# Russian ↔ Latin, the common passport-style spelling (ГОСТ 52535.1-2006, simplified).
_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
_TO_CYRILLIC = [
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"),
    ("sh", "ш"), ("iu", "ю"), ("yu", "ю"), ("ia", "я"), ("ya", "я"),
    ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
    ("h", "х"), ("i", "и"), ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("v", "в"), ("w", "в"), ("x", "кс"), ("y", "ы"), ("z", "з"),
]  # fmt: skip
_TO_CYRILLIC_PATTERN = re.compile("|".join(latin for latin, _cyrillic in _TO_CYRILLIC))
_TO_CYRILLIC_MAP = dict(_TO_CYRILLIC)


def transliterate(folded_word: str, *, to_cyrillic: bool) -> str:
    """The word in the other script, or "" when it is not written in the one converted from."""
    if to_cyrillic:
        if _CYRILLIC.search(folded_word) or not _LATIN.search(folded_word):
            return ""
        return _TO_CYRILLIC_PATTERN.sub(lambda m: _TO_CYRILLIC_MAP[m.group(0)], folded_word)
    if not _CYRILLIC.search(folded_word):
        return ""
    return "".join(_TO_LATIN.get(letter, letter) for letter in folded_word)
