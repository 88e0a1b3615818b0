"""The hourly reminders command and the systemd units that schedule it."""

import configparser
import datetime as dt
import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from atnet.meetings.services.participation import registration_answer

from .factories import MeetingFactory, PersonFactory

SYSTEMD = Path(settings.BASE_DIR) / "deploy" / "systemd"


@pytest.mark.django_db
def test_the_reminders_command_sends_each_due_reminder_once():
    starts = timezone.now() + dt.timedelta(hours=20)
    meeting = MeetingFactory(starts_at=starts, ends_at=starts + dt.timedelta(hours=3))
    registration_answer(meeting=meeting, person=PersonFactory(), response="attending")
    out = io.StringIO()
    call_command("meetings_reminders", stdout=out)
    call_command("meetings_reminders", stdout=io.StringIO())
    assert out.getvalue().startswith("queued")
    assert len(mail.outbox) == 1


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.read(SYSTEMD / name)
    return parser


def test_a_systemd_timer_runs_the_reminders_command_hourly():
    service = _unit("atnet-meetings-reminders.service")
    timer = _unit("atnet-meetings-reminders.timer")
    assert service["Service"]["ExecStart"].endswith("manage.py meetings_reminders")
    assert service["Service"]["User"] == "atnet"
    assert timer["Timer"]["OnCalendar"] == "hourly"
    assert timer["Install"]["WantedBy"] == "timers.target"
