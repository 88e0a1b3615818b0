from django.utils import translation

from atnet.geo.models import AdministrativeUnit, DevelopmentRegion
from atnet.geo.services import units_sync


def test_all_first_level_units_of_moldova_are_loaded(db):
    assert AdministrativeUnit.objects.count() == 37
    assert set(AdministrativeUnit.objects.values_list("development_region", flat=True)) == set(
        DevelopmentRegion.values
    )


def test_a_unit_is_named_in_the_active_language(db):
    chisinau = AdministrativeUnit.objects.get(code="MD-CU")
    with translation.override("ru"):
        assert chisinau.name == "Кишинёв"
    with translation.override("ro"):
        assert chisinau.name == "Chișinău"
    assert chisinau.development_region == DevelopmentRegion.CHISINAU


def test_syncing_twice_duplicates_nothing(db):
    assert units_sync() == 37
    assert units_sync() == 37
