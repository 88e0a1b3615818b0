import time

import pytest

from atnet.meetings import demo
from atnet.meetings.models import (
    ActionItem,
    Attendance,
    CommitteeSession,
    Meeting,
    MeetingStatus,
    Minutes,
    Registration,
)
from atnet.network import demo as network_demo

pytestmark = pytest.mark.django_db


def test_the_demo_covers_both_series_a_year_back_and_half_a_year_ahead_and_is_idempotent():
    network_demo.demo_load()
    started = time.monotonic()
    first = demo.demo_load()
    elapsed = time.monotonic() - started
    assert Meeting.objects.filter(series__slug="stc-national").count() == 18
    assert Meeting.objects.filter(series__slug="stc-regional").count() == 9
    assert Meeting.objects.filter(status=MeetingStatus.HELD).exists()
    assert Meeting.objects.filter(status=MeetingStatus.PLANNED).exists()
    assert Minutes.objects.exists() and ActionItem.objects.open().exists()
    assert Registration.objects.exists() and Attendance.objects.exists()
    assert CommitteeSession.objects.count() == 4
    regional = Meeting.objects.filter(series__slug="stc-regional").order_by("starts_at")[:6]
    assert len({m.host_unit.development_region for m in regional}) == 6
    counts = (Meeting.objects.count(), Registration.objects.count(), ActionItem.objects.count())
    second = demo.demo_load()
    assert (
        Meeting.objects.count(),
        Registration.objects.count(),
        ActionItem.objects.count(),
    ) == counts
    assert second["meetings"] == 0 and first["meetings"] == 27
    assert elapsed < 20
