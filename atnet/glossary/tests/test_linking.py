from atnet.glossary.linking import link_first_mentions

TARGETS = {"gender": "/en/glossary/gender/", "gender equality": "/en/glossary/gender-equality/"}


def test_only_the_first_mention_of_a_term_is_linked():
    html = link_first_mentions("<p>Gender matters. Gender again.</p>", TARGETS)
    assert html == (
        '<p><a class="glossary-term" href="/en/glossary/gender/">Gender</a> matters.'
        " Gender again.</p>"
    )


def test_the_longest_form_wins():
    html = link_first_mentions("<p>On gender equality.</p>", TARGETS)
    assert 'href="/en/glossary/gender-equality/">gender equality</a>' in html
    assert 'href="/en/glossary/gender/"' not in html


def test_text_inside_links_headings_and_attributes_is_left_alone():
    source = (
        '<h2>Gender</h2><p><a href="/x" title="gender">gender</a>'
        ' and <span class="gender">x</span></p>'
    )
    assert link_first_mentions(source, TARGETS) == source


def test_a_word_that_only_contains_a_term_is_not_linked():
    assert link_first_mentions("<p>Engendered debates</p>", TARGETS) == "<p>Engendered debates</p>"


def test_cyrillic_terms_match_regardless_of_case():
    html = link_first_mentions(
        "<p>Борьба с ТОРГОВЛЕЙ людьми.</p>", {"торговлей людьми": "/ru/g/t/"}
    )
    assert '<a class="glossary-term" href="/ru/g/t/">ТОРГОВЛЕЙ людьми</a>' in html


def test_no_terms_leaves_the_html_unchanged():
    assert link_first_mentions("<p>x</p>", {}) == "<p>x</p>"
