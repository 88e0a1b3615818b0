"""The whole demo tells one story (issue 17, point 3): public events agree with the meeting
and training records they announce and fall on working days, activities have dates and
statuses that fit, minutes differ by meeting, and the directory names the national system.

The demo is loaded once, in one test, because loading it takes a while.
"""

import datetime as dt

from django.apps import apps
from django.core.management import call_command
from django.db import models
from django.db.models import Q
from django.utils import timezone

from atnet.meetings.models import CommitteeSession, Meeting, MeetingStatus, Minutes
from atnet.meetings.planning import is_working_day
from atnet.network.models import Activity, ActivityStatus, Organisation
from atnet.portal.models import EventPage
from atnet.trainings.models import Session

MARKERS = ("(exemplu)", "(example)", "(пример)")


def _day(moment: dt.datetime) -> dt.date:
    return timezone.localtime(moment).date()


def _assert_no_example_markers() -> None:
    for model in apps.get_models():
        if not model.__module__.startswith(("atnet.", "wagtail.models")) or model._meta.proxy:
            continue
        names = [
            field.name
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField)
        ]
        marked = Q()
        for name in names:
            for marker in MARKERS:
                marked |= Q(**{f"{name}__contains": marker})
        if names:
            found = list(model.objects.filter(marked)[:3])
            assert not found, f"{model._meta.label}: {found}"


def _assert_events_agree_with_their_records() -> None:
    announced = Meeting.objects.exclude(event_page=None).select_related("event_page")
    sessions = Session.objects.exclude(event_page=None).select_related("event_page")
    assert announced.exists() and sessions.exists()
    for meeting in announced:
        for page in EventPage.objects.filter(translation_key=meeting.event_page.translation_key):
            assert _day(page.start) == _day(meeting.starts_at), (page.slug, page.locale_id)
    for session in sessions:
        for page in EventPage.objects.filter(translation_key=session.event_page.translation_key):
            assert _day(page.start) == session.start_date, (page.slug, page.locale_id)
    events = EventPage.objects.live()
    assert events.count() >= announced.count() + sessions.count()
    for page in events:
        assert is_working_day(_day(page.start)), (page.slug, _day(page.start))
    for meeting in Meeting.objects.exclude(status=MeetingStatus.CANCELLED):
        assert is_working_day(_day(meeting.starts_at)), (meeting.pk, _day(meeting.starts_at))
    for committee in CommitteeSession.objects.all():
        assert is_working_day(_day(committee.starts_at))
    for session in Session.objects.all():
        assert is_working_day(session.start_date), (session.code, session.start_date)


def _assert_activities_fit_their_dates(today: dt.date) -> None:
    activities = list(Activity.objects.all())
    for activity in activities:
        end = activity.end_date or activity.start_date
        if end < today:
            expected = ActivityStatus.COMPLETED
        elif activity.start_date > today:
            expected = ActivityStatus.PLANNED
        else:
            expected = ActivityStatus.ONGOING
        assert activity.status == expected, (activity.title_ro, activity.start_date, end)
    assert {a.status for a in activities} == set(ActivityStatus.values)
    lengths = {(a.end_date - a.start_date).days for a in activities}
    assert min(lengths) == 0 and max(lengths) >= 90 and len(lengths) >= 6
    campaigns = [a for a in activities if "16 zile" in a.title_ro]
    assert campaigns
    for campaign in campaigns:
        year = campaign.start_date.year
        assert (campaign.start_date, campaign.end_date) == (
            dt.date(year, 11, 25),
            dt.date(year, 12, 10),
        )


def _assert_the_national_system_is_in_the_directory() -> None:
    wanted = [
        "Institutul Național al Justiției",
        "Comitetul național pentru combaterea traficului de ființe umane",
        "Secretariatul permanent al Comitetului național",
    ]
    for name in wanted:
        found = Organisation.objects.get(name_ro__startswith=name)
        assert found.name_en and found.name_ru and found.is_public
        assert found.email == ""  # no contact invented for a real institution
    institute = Organisation.objects.get(name_ro="Institutul Național al Justiției")
    assert "judecătorilor și procurorilor" in institute.description_ro
    commissions = Organisation.objects.filter(
        name_ro__startswith="Comisia teritorială pentru combaterea traficului de ființe umane"
    )
    assert commissions.count() >= 3
    assert all(c.regions.count() == 1 and c.name_ru and c.email == "" for c in commissions)


def test_the_demo_tells_one_story(db, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    call_command("load_demo")
    today = timezone.localdate()

    _assert_no_example_markers()
    _assert_events_agree_with_their_records()
    _assert_activities_fit_their_dates(today)
    _assert_the_national_system_is_in_the_directory()

    bodies = list(
        Minutes.objects.filter(meeting__status=MeetingStatus.HELD).values_list("body", flat=True)
    )
    assert len(bodies) >= 2 and len(set(bodies)) == len(bodies)

    gagauzia = Session.objects.filter(unit__code="MD-GA")
    assert gagauzia.exists()
    assert set(gagauzia.values_list("language", flat=True)) == {"ru"}
