import pytest

from atnet.core.text import (
    fold,
    query_alternatives,
    search_terms,
    searchable,
    transliterate,
)


@pytest.mark.parametrize(
    "written",
    ["Chișinău", "Chişinău", "Chisinau", "CHIȘINĂU", "chişinău", "Chisinău"],
)
def test_every_spelling_of_chisinau_folds_to_one_form(written):
    assert fold(written) == "chisinau"


@pytest.mark.parametrize(
    ("written", "folded"),
    [("Țară", "tara"), ("ţară", "tara"), ("Înșelăciune", "inselaciune"), ("câmp", "camp")],
)
def test_it_folds_romanian_diacritics(written, folded):
    assert fold(written) == folded


def test_it_folds_russian_yo_and_case_but_keeps_short_i():
    assert fold("Кишинёв") == fold("КИШИНЕВ") == "кишинев"
    assert fold("Молдавский") == "молдавский"


def test_search_terms_drop_markup_and_control_characters():
    assert search_terms("<script>alert(1)</script>\x00 Chişinău") == [
        "script",
        "alert",
        "1",
        "script",
        "chisinau",
    ]


def test_search_terms_of_an_enormous_query_are_bounded():
    terms = search_terms("cuvânt " * 10_000)
    assert 0 < len(terms) <= 12


def test_search_terms_of_punctuation_only_is_empty():
    assert search_terms("' OR 1=1; --") == ["or", "1", "1"]
    assert search_terms("%%% ___ ;;;") == []


def test_searchable_joins_folded_parts_then_their_stems():
    assert searchable("Ședință în Chișinău", None, "Кишинёв") == (
        "sedinta in chisinau кишинев sedint chisin chisina кишин"
    )


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("violenta", "ro", "Violenței în familie"),
        ("violentei", "ro", "Violența în familie"),
        ("violenței", "ro", "violenta domestica"),
        ("femeilor", "ro", "Drepturile femeii"),
        ("торговли", "ru", "Торговля людьми"),
        ("торговля", "ru", "борьба с торговлей людьми"),
        ("trafficked", "en", "Trafficking in human beings"),
        ("moldova", "ru", "Республика Молдова"),
        ("молдова", "ro", "Republica Moldova"),
    ],
)
def test_an_inflected_or_transliterated_query_word_meets_the_indexed_text(query, language, text):
    indexed = searchable(text).split()
    (forms,) = query_alternatives(query, language)
    assert forms & set(indexed), (forms, indexed)


def test_transliteration_goes_only_from_the_other_script():
    assert transliterate("chisinau", to_cyrillic=True) == "чисинау"
    assert transliterate("кишинев", to_cyrillic=False) == "kishinev"
    assert transliterate("кишинев", to_cyrillic=True) == ""
    assert transliterate("2026", to_cyrillic=True) == ""
