"""One audit row per business event: an answer to an invitation is logged once."""

import pytest

from atnet.core.models import AuditLogEntry
from atnet.core.services import business_event
from atnet.meetings.models import Response
from atnet.meetings.services.participation import registration_answer

from .factories import MeetingFactory, PersonFactory

pytestmark = pytest.mark.django_db


def _rows(registration):
    return list(
        AuditLogEntry.objects.filter(
            object_type="meetings.registration", object_id=str(registration.pk)
        )
        .order_by("pk")
        .values_list("action", flat=True)
    )


def test_an_answer_writes_one_audit_row_each_time():
    meeting, person = MeetingFactory(), PersonFactory()
    first = registration_answer(meeting=meeting, person=person, response=Response.ATTENDING)
    assert _rows(first) == ["meetings.registration.answer"]
    registration_answer(meeting=meeting, person=person, response=Response.NOT_ATTENDING)
    assert _rows(first) == ["meetings.registration.answer"] * 2


def test_a_change_outside_a_service_is_still_logged_by_the_signal_writer():
    registration = registration_answer(
        meeting=MeetingFactory(), person=PersonFactory(), response=Response.ATTENDING
    )
    registration.response = Response.NOT_ATTENDING
    registration.save()
    assert _rows(registration) == ["meetings.registration.answer", "record.change"]
    with business_event():
        registration.response = Response.ATTENDING
        registration.save()
    assert len(_rows(registration)) == 2
