"""Information exchange: the round table's activities emailed as a digest."""

import datetime as dt

import pytest
from django.core import mail

from atnet.core.models import AuditLogEntry
from atnet.meetings.models import Invitation
from atnet.meetings.services.participation import registration_answer
from atnet.network.models import Activity

from .factories import MeetingFactory, PersonFactory, coordinator_user, member

pytestmark = pytest.mark.django_db


def _activity(organisation, title_ro, title_ru, posted):
    activity = Activity.objects.create(
        organisation=organisation,
        title_ro=title_ro,
        title_ru=title_ru,
        start_date=posted.date(),
    )
    # created_at is set on save; the exchange counts when the activity was posted.
    Activity.objects.filter(pk=activity.pk).update(created_at=posted)
    return activity


@pytest.fixture
def round_table():
    """A meeting after a previous one, with an activity posted in between and one before."""
    previous = MeetingFactory()
    meeting = MeetingFactory(
        series=previous.series, starts_at=previous.starts_at + dt.timedelta(30)
    )
    meeting.ends_at = meeting.starts_at + dt.timedelta(hours=3)
    meeting.save()
    ro = PersonFactory(preferred_language="ro")
    ru = PersonFactory(preferred_language="ru")
    Invitation.objects.create(meeting=meeting, person=ro)
    registration_answer(meeting=meeting, person=ru, response="attending")
    between = previous.starts_at + dt.timedelta(days=5)
    _activity(ro.organisation, "Seminar pentru poliție", "Семинар для полиции", between)
    _activity(ru.organisation, "Campanie în școli", "Кампания в школах", between)
    _activity(
        ro.organisation,
        "Activitate veche",
        "Старая деятельность",
        previous.starts_at - dt.timedelta(days=1),
    )
    return {"meeting": meeting, "ro": ro, "ru": ru}


def _send(client, meeting):
    return client.post(f"/ro/workspace/meetings/{meeting.pk}/exchange/send/")


def test_the_digest_goes_to_each_person_in_their_language(client, round_table):
    client.force_login(coordinator_user())
    response = _send(client, round_table["meeting"])
    assert response.status_code == 302
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {round_table["ro"].email, round_table["ru"].email}
    ro, ru = by_recipient[round_table["ro"].email], by_recipient[round_table["ru"].email]
    assert ro.subject.startswith("Schimb de informații")
    assert "Seminar pentru poliție" in ro.body and "Campanie în școli" in ro.body
    assert ru.subject.startswith("Обмен информацией")
    assert "Семинар для полиции" in ru.body and "Кампания в школах" in ru.body
    assert "Seminar pentru poliție" not in ru.body
    assert "/ru/workspace/meetings/" in ru.body and "/ro/workspace/meetings/" in ro.body


def test_the_digest_covers_only_the_time_since_the_previous_meeting(client, round_table):
    client.force_login(coordinator_user())
    _send(client, round_table["meeting"])
    assert all("Activitate veche" not in message.body for message in mail.outbox)
    assert AuditLogEntry.objects.filter(action="meetings.exchange.digest").exists()


def test_only_coordinators_can_send_the_digest(client, round_table):
    meeting = round_table["meeting"]
    assert _send(client, meeting).status_code == 302  # anonymous: sent to sign in
    client.force_login(member(round_table["ro"]))
    assert _send(client, meeting).status_code == 404
    client.force_login(coordinator_user())
    assert client.get(f"/ro/workspace/meetings/{meeting.pk}/exchange/send/").status_code == 405
    assert mail.outbox == []


def test_the_coordinator_sees_the_button_and_members_do_not(client, round_table):
    url = f"/ro/workspace/meetings/{round_table['meeting'].pk}/"
    client.force_login(member(round_table["ro"]))
    assert "exchange/send/" not in client.get(url).content.decode()
    client.force_login(coordinator_user())
    assert "exchange/send/" in client.get(url).content.decode()


def test_with_nothing_posted_no_digest_is_sent(client):
    meeting = MeetingFactory()
    Invitation.objects.create(meeting=meeting, person=PersonFactory())
    client.force_login(coordinator_user())
    response = _send(client, meeting)
    assert response.status_code == 302
    assert mail.outbox == []
