import time

import pytest

from atnet.trainings import demo
from atnet.trainings.models import Attendance, Certificate, Course, Enrolment, Participant, Session

pytestmark = pytest.mark.django_db


def test_the_demo_is_large_enough_fast_and_idempotent():
    started = time.monotonic()
    demo.demo_load()
    elapsed = time.monotonic() - started
    counts = (
        Course.objects.count(),
        Session.objects.count(),
        Participant.objects.count(),
        Enrolment.objects.count(),
        Attendance.objects.count(),
        Certificate.objects.count(),
    )
    assert Course.objects.count() >= 8
    assert Session.objects.count() >= 20
    assert Session.objects.values("unit").distinct().count() >= 10
    assert Participant.objects.count() >= 400
    assert (
        Enrolment.objects.filter(pre_score__isnull=False, post_score__isnull=False).count() >= 400
    )
    assert Attendance.objects.count() > 400 and Certificate.objects.count() > 0
    demo.demo_load()
    again = (
        Course.objects.count(),
        Session.objects.count(),
        Participant.objects.count(),
        Enrolment.objects.count(),
        Attendance.objects.count(),
        Certificate.objects.count(),
    )
    assert again == counts
    assert elapsed < 30
