from atnet.glossary.alphabet import alphabet, initial, sort_key


def test_romanian_letters_with_diacritics_are_letters_of_their_own():
    assert initial("Șansă", "ro") == "Ș"
    assert initial("Şansă", "ro") == "Ș"  # the old cedilla form files under the same letter
    assert initial("Ăsta", "ro") == "Ă"
    assert alphabet("ro").index("Ș") == alphabet("ro").index("S") + 1


def test_russian_uses_the_cyrillic_alphabet_and_other_scripts_go_under_hash():
    assert len(alphabet("ru")) == 33
    assert initial("гендер", "ru") == "Г"
    assert initial("Gender", "ru") == "#"
    assert initial("Élan", "en") == "E"


def test_sorting_follows_the_alphabet_not_the_code_points():
    words = ["Țară", "Trafic", "Sex", "Șansă", "Ursă"]
    assert sorted(words, key=lambda word: sort_key(word, "ro")) == [
        "Sex",
        "Șansă",
        "Trafic",
        "Țară",
        "Ursă",
    ]
