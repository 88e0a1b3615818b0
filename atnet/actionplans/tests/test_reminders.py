"""Reminders before the period closes and the coordinator's chase, each in the person's language."""

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from atnet.network.tests.factories import OrganisationFactory, PersonFactory

from ..models import Report, ReportState
from ..tasks import reminders_send
from .factories import MeasureFactory, PeriodFactory, coordinator, focal_point

pytestmark = pytest.mark.django_db


@pytest.fixture
def period():
    today = timezone.localdate()
    period = PeriodFactory(
        starts=today - dt.timedelta(days=170), ends=today + dt.timedelta(days=3),
        due=today + dt.timedelta(days=5),
    )  # fmt: skip
    quiet, diligent = OrganisationFactory(name_en="Quiet office"), OrganisationFactory()
    measure = MeasureFactory(objective__plan=period.plan, responsible=[quiet, diligent])
    Report.objects.create(
        period=period, measure=measure, organisation=diligent, status="done",
        state=ReportState.SUBMITTED,
    )  # fmt: skip
    user = focal_point(quiet, "olga")
    PersonFactory(organisation=quiet, user=user, preferred_language="ru")
    focal_point(diligent, "dan")
    return period


def test_a_reminder_goes_once_in_her_language_to_those_who_have_not_reported(period):
    assert reminders_send.enqueue().return_value == 1
    [message] = mail.outbox
    assert message.to == ["olga@example.org"]
    assert "/ru/workspace/action-plans/" in message.body
    assert reminders_send.enqueue().return_value == 0  # not twice for the same period


def test_the_coordinator_chases_every_missing_organisation_in_one_action(client, period):
    client.force_login(coordinator())
    response = client.post(reverse("actionplans:chase", args=[period.pk]), follow=True)
    assert [message.to for message in mail.outbox] == [["olga@example.org"]]
    assert "on their way to the 1 organisations" in response.content.decode()
    overview = client.get(reverse("actionplans:overview", args=[period.pk])).content.decode()
    missing = overview.split("Not yet reported")[1].split("Reports")[0]
    assert "Quiet office" in missing


def test_a_systemd_timer_runs_the_reminders_command_daily():
    import configparser
    from pathlib import Path

    systemd = Path(__file__).resolve().parents[3] / "deploy" / "systemd"
    units = {}
    for name in ("atnet-actionplans-reminders.service", "atnet-actionplans-reminders.timer"):
        units[name] = configparser.ConfigParser(interpolation=None, strict=False)
        assert units[name].read(systemd / name), name
    service = units["atnet-actionplans-reminders.service"]["Service"]
    timer = units["atnet-actionplans-reminders.timer"]
    assert service["ExecStart"].endswith("manage.py actionplans_reminders")
    assert service["User"] == "atnet"
    assert timer["Timer"]["OnCalendar"] == "*-*-* 08:00:00"
    assert timer["Install"]["WantedBy"] == "timers.target"
