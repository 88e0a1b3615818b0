import pytest

from atnet.support import demo
from atnet.support.models import Conference, Distribution, Equipment, Material, MaterialFile
from atnet.trainings import demo as trainings_demo

pytestmark = pytest.mark.django_db


def _counts():
    models = (Equipment, Material, MaterialFile, Distribution, Conference)
    return [model.objects.count() for model in models]


def test_the_demo_has_every_kind_of_record_and_is_idempotent():
    trainings_demo.demo_load()  # organisations come first, as in load_demo's app order
    demo.demo_load()
    first = _counts()
    assert all(first)
    assert MaterialFile.objects.filter(is_original=False).exclude(translator="").exists()
    demo.demo_load()
    assert _counts() == first


def test_the_demo_funds_sessions_and_participations_from_the_directory():
    from atnet.network import demo as network_demo
    from atnet.support.models import ConferenceParticipation
    from atnet.trainings.models import Session

    network_demo.demo_load()  # load_demo's app order: network, trainings, support
    trainings_demo.demo_load()
    demo.demo_load()
    funders = {"osce-moldova", "oim-moldova", "un-women-moldova"}
    for model in (Session, ConferenceParticipation):
        funded = model.objects.filter(funded_by__isnull=False).select_related("funded_by")
        costed = funded.filter(cost_amount__gt=0)
        assert costed.exists() and {record.funded_by.slug for record in funded} <= funders
        assert {record.cost_currency for record in costed} <= {"EUR", "USD", "MDL"}
        for record in costed:
            record.full_clean()
    planned = Session.objects.filter(status="nominations", funded_by__isnull=False)
    assert planned.exists() and not planned.filter(cost_amount__isnull=False).exists()
