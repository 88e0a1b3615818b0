from atnet.network.demo import demo_load
from atnet.network.models import Activity, Organisation, OrganisationType, Person


def test_the_demo_covers_every_type_and_enough_places_and_loads_once(home, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    first = demo_load()
    second = demo_load()
    assert first == second
    assert first["organisations"] >= 40 and first["units"] >= 15 and first["activities"] >= 60
    assert set(Organisation.objects.values_list("type", flat=True)) == set(OrganisationType.values)
    assert Person.objects.count() == Organisation.objects.count()
    assert Activity.objects.count() == first["activities"]
    assert (tmp_path / "demo-focal-point.txt").read_text().strip()
