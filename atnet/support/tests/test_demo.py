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
