"""Text normalisation for search.

Romanian is written with comma-below letters (ș ț) but much text still uses the
older cedilla forms (ş ţ) or no diacritics at all; Russian text mixes ё and е.
A visitor must find `Chișinău` whether they type `Chisinau`, `Chişinău` or
`CHIȘINĂU`. We fold all of these to one plain lowercase form, both in the
indexed text and in the query, so every database backend agrees.
"""

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lowercase, strip diacritics (Latin and Cyrillic ё/й), keep letters and digits."""
    text = unicodedata.normalize("NFKD", text.casefold())
    # Cyrillic й is a letter of its own, not и with a mark: keep it whole.
    text = text.replace("и\u0306", "й")
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def search_terms(query: str, max_terms: int = 12, max_length: int = 200) -> list[str]:
    """Split a visitor's query into folded words, dropping markup and control characters."""
    cleaned = _CONTROL.sub(" ", query[:max_length])
    return _NON_WORD.sub(" ", fold(cleaned)).split()[:max_terms]


def searchable(*parts: str) -> str:
    """The folded text of several fields, for an index column."""
    folded = (_NON_WORD.sub(" ", fold(part)).strip() for part in parts if part)
    return " ".join(part for part in folded if part)
