"""The letters of each site language, in dictionary order, for the A–Z glossary."""

from atnet.core.text import fold

ALPHABETS = {
    "ro": list("AĂÂBCDEFGHIÎJKLMNOPQRSȘTȚUVWXYZ"),
    "en": list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "ru": list("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"),
}
OTHER = "#"
# Old Romanian typography used cedillas (Ş Ţ); they are the same letters as Ș Ț.
_CEDILLA = str.maketrans("ŞŢ", "ȘȚ")


def alphabet(language: str) -> list[str]:
    return ALPHABETS.get(language, ALPHABETS["en"])


def initial(word: str, language: str) -> str:
    """The letter `word` is filed under in `language` ("#" when not a letter of it)."""
    letters = alphabet(language)
    first = word.strip()[:1].upper().translate(_CEDILLA)
    if first in letters:
        return first
    plain = fold(first).upper()
    return plain if plain in letters else OTHER


def sort_key(word: str, language: str) -> tuple:
    """Dictionary order: by each letter's place in the alphabet, then plain text."""
    letters = alphabet(language)
    position = {letter: index for index, letter in enumerate(letters)}
    upper = word.upper().translate(_CEDILLA)
    return tuple(position.get(char, len(letters)) for char in upper), fold(word)
