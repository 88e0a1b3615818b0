import pytest

from atnet.core.text import fold, search_terms, searchable


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


def test_searchable_joins_folded_parts():
    assert searchable("Ședință în Chișinău", None, "Кишинёв") == "sedinta in chisinau кишинев"
