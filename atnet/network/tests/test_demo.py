from atnet.network.demo import demo_load
from atnet.network.demo_data import DEMO_FOCAL_POINT
from atnet.network.models import Activity, Organisation, OrganisationType, Person


def test_the_demo_covers_every_type_and_enough_places_and_loads_once(home, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    first = demo_load()
    second = demo_load()
    assert first == second
    assert first["organisations"] >= 40 and first["units"] >= 15 and first["activities"] >= 60
    assert set(Organisation.objects.values_list("type", flat=True)) == set(OrganisationType.values)
    # One focal point per organisation with a demo email (the national institutions get
    # neither), and the demo focal point's own record (she answers meeting invitations as
    # herself).
    with_email = Organisation.objects.exclude(email="")
    assert Person.objects.filter(user=None).count() == with_email.count()
    demo_person = Person.objects.get(user__username=DEMO_FOCAL_POINT["username"])
    assert demo_person.organisation.slug == DEMO_FOCAL_POINT["organisation"]
    assert Activity.objects.count() == first["activities"]
    assert (tmp_path / "demo-focal-point.txt").read_text().strip()
