import datetime
import re

from atnet.legislation import demo_content
from atnet.legislation.demo import demo_load
from atnet.legislation.models import ActPage, ActStatus, LegislationIndexPage
from atnet.reports.figures.programme import acts as figure_acts
from atnet.reports.period import Period

ACT_COUNT = len(demo_content.ACTS)


def test_the_demo_loads_the_brochures_acts_and_their_successor_in_three_languages_once(home):
    assert demo_load() == {"acts": ACT_COUNT}
    demo_load()
    for language in ("ro", "en", "ru"):
        assert ActPage.objects.live().filter(locale__language_code=language).count() == ACT_COUNT
    assert LegislationIndexPage.objects.get(locale__language_code="ro").show_in_menus


def test_every_shipped_act_names_its_sources_in_every_language():
    for act in demo_content.ACTS:
        assert act["sources"], act["slug"]
        for url, covers in act["sources"]:
            assert url is None or url.startswith(("http://", "https://")), act["slug"]
            assert all(covers[language] for language in ("ro", "en", "ru")), act["slug"]
        # A number, a date or a publication reference only with a web source behind it.
        verified = {"number", "date_adopted", "date_published", "date_in_force", "publication"}
        if verified & act.keys():
            assert any(url for url, _covers in act["sources"]), act["slug"]


def test_the_anti_discrimination_law_is_law_121_of_25_may_2012_not_a_draft(home):
    demo_load()
    law = ActPage.objects.get(locale__language_code="en", slug="lege-asigurarea-egalitatii")
    assert (law.number, law.date_adopted, law.year) == ("121", datetime.date(2012, 5, 25), 2012)
    assert law.publication == "Monitorul Oficial nr. 103, art. 355"
    assert law.date_in_force == datetime.date(2013, 1, 1)
    assert law.status != ActStatus.DRAFT
    assert law.sources.count() == 3
    assert {item.partner for item in law.contributions.all()} == {
        "OSCE Mission to Moldova",
        "OSCE Office for Democratic Institutions and Human Rights (ODIHR)",
    }


def test_the_act_page_shows_number_publication_text_link_and_sources(home, client):
    demo_load()
    law = ActPage.objects.get(locale__language_code="ro", slug="lege-violenta-in-familie")
    html = client.get(law.url).content.decode()
    assert "45-XVI" in html and "Monitorul Oficial nr. 55-56, art. 178" in html
    assert 'href="http://lex.justice.md/viewdoc.php?action=view&amp;view=doc&amp;id=335531' in html
    assert re.search(r'<time datetime="2008-09-18">', html)


def test_the_figures_count_every_act_the_legislation_page_lists(home):
    demo_load()
    years = [page.year for page in ActPage.objects.live().filter(locale__language_code="ro")]
    assert None not in years
    period = Period(datetime.date(min(years), 1, 1), datetime.date(max(years), 12, 31))
    assert figure_acts(period).count() == ACT_COUNT
