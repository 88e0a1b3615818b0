from atnet.legislation.demo import demo_load
from atnet.legislation.models import ActPage, LegislationIndexPage


def test_the_demo_loads_the_brochures_acts_in_three_languages_once(home):
    assert demo_load() == {"acts": 8}
    demo_load()
    for language in ("ro", "en", "ru"):
        assert ActPage.objects.live().filter(locale__language_code=language).count() == 8
    assert LegislationIndexPage.objects.get(locale__language_code="ro").show_in_menus


def test_the_demo_leaves_unknown_numbers_and_dates_empty(home):
    demo_load()
    assert not ActPage.objects.exclude(number="").exists()
    assert not ActPage.objects.filter(date_adopted__isnull=False).exists()
    adopted_2008 = ActPage.objects.filter(locale__language_code="ru", year=2008, act_type="law")
    assert adopted_2008.count() == 2
