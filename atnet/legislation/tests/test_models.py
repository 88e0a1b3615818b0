import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from atnet.legislation.models import ActPage, ActStatus, ActType, Topic

pytestmark = pytest.mark.django_db  # a page looks up its content type when built


def _act(**fields):
    defaults = {
        "title": "Legea",
        "slug": "legea",
        "act_type": ActType.LAW,
        "topic": Topic.TRAFFICKING,
    }
    return ActPage(**{**defaults, "status": ActStatus.ADOPTED, **fields})


def test_the_timeline_lists_known_dates_oldest_first_and_skips_unknown_ones():
    act = _act(
        date_in_force=dt.date(2008, 3, 1),
        date_adopted=dt.date(2007, 3, 1),
        date_published=dt.date(2007, 9, 1),
    )
    steps = act.timeline()
    assert [step["name"] for step in steps] == ["date_adopted", "date_published", "date_in_force"]


def test_the_year_follows_the_adoption_date_when_it_is_known():
    act = _act(year=2000, date_adopted=dt.date(2005, 10, 20))
    act.clean()
    assert act.year == 2005


def test_it_rejects_a_draft_law_marked_as_adopted():
    act = _act(act_type=ActType.DRAFT_LAW, status=ActStatus.ADOPTED)
    with pytest.raises(ValidationError) as error:
        act.clean()
    assert "status" in error.value.message_dict
