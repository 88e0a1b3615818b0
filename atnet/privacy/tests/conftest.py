"""A person with a distinctive name and address in every app that holds people."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from atnet.accounts.models import Invitation as JoinInvitation
from atnet.accounts.models import SessionRecord
from atnet.core.services import log_action
from atnet.geo.models import AdministrativeUnit
from atnet.meetings.models import Attendance, Invitation, Meeting, Registration, Series
from atnet.meetings.models.participation import CalendarFeed
from atnet.network.models import Membership, Organisation, Person
from atnet.support.models import Conference, ConferenceParticipation
from atnet.trainings.models import Attendance as TrainingAttendance
from atnet.trainings.models import (
    Certificate,
    Course,
    Enrolment,
    Evaluation,
    Participant,
    Session,
    Trainer,
)

NAME = "Zamfira Ștefănescu-Quixbrook"
NAME_PLAIN = "Zamfira Stefanescu-Quixbrook"
EMAIL = "zamfira.quixbrook@example.org"
PHONE = "+373 69 777 123"
YEAR = 2025

# A tiny valid PNG (1×1), for the avatar.
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


def unit(code="MD-CU"):
    return AdministrativeUnit.objects.get(code=code)


def organisation(slug="police-test", type_="police"):
    return Organisation.objects.create(
        name_ro=f"Organizația {slug}", slug=slug, type=type_, level="national"
    )


def meeting(day=dt.date(YEAR, 3, 4), slug="national-test"):
    series = Series.objects.get_or_create(
        slug=slug,
        defaults={"kind": "national", "name_ro": "Ședința", "recurrence": "FREQ=MONTHLY"},
    )[0]
    start = timezone.make_aware(dt.datetime.combine(day, dt.time(10)))
    return Meeting.objects.create(
        series=series, starts_at=start, ends_at=start + dt.timedelta(hours=3),
        host_unit=unit(), status="held",
    )  # fmt: skip


def training_session(org, start=dt.date(YEAR, 5, 6), code="s-test"):
    course = Course.objects.get_or_create(
        slug="course-test", defaults={"title_ro": "Curs", "audiences": ["police"]}
    )[0]
    return Session.objects.create(
        course=course, code=code, start_date=start, end_date=start + dt.timedelta(days=1),
        unit=unit(), status="completed",
    )  # fmt: skip


def coordinator(username="coord"):
    user = get_user_model().objects.create_user(username, f"{username}@example.net", "pw-Test-123")
    user.groups.add(Group.objects.get_or_create(name="coordinator")[0])
    return user


def _account(org):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_user(
        "zamfira", EMAIL, "pw-Test-123", first_name="Zamfira", last_name="Ștefănescu-Quixbrook"
    )
    profile = UserProfile.get_for_user(user)
    profile.avatar.save("zamfira-quixbrook.png", ContentFile(PNG))
    Membership.objects.create(user=user, organisation=org, role="focal_point")
    JoinInvitation.objects.create(email=EMAIL.upper(), organisation=org)
    SessionRecord.objects.create(user=user, session_key="k" * 32)
    CalendarFeed.objects.create(user=user)
    _devices(user)
    return user


def _devices(user):
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=user, name="phone")
    StaticDevice.objects.create(user=user, name="recovery").token_set.create(token="abcd1234")


def _meetings(person, org):
    held = meeting()
    Invitation.objects.create(meeting=held, person=person)
    Registration.objects.create(meeting=held, person=person, response="attending")
    Attendance.objects.create(
        meeting=held, person=person, full_name=NAME, organisation=org, gender="female",
        position="Inspector",
    )  # fmt: skip
    # The same person came once as a walk-in, typed without diacritics and surname first.
    other = meeting(day=dt.date(YEAR, 4, 8))
    Attendance.objects.create(
        meeting=other, full_name="Stefanescu-Quixbrook Zamfira", organisation=org,
        gender="female", is_walk_in=True,
    )  # fmt: skip
    return held


def _trainings(org):
    participant = Participant.objects.create(
        full_name=NAME, organisation=org, gender="female", profession="police",
        email=EMAIL.upper(), phone=PHONE, unit=unit(),
    )  # fmt: skip
    session = training_session(org)
    enrolment = Enrolment.objects.create(
        session=session, participant=participant, status="accepted", days_attended=2,
        pre_score=40, post_score=80, completed=True,
    )  # fmt: skip
    TrainingAttendance.objects.create(enrolment=enrolment, day=session.start_date)
    Evaluation.objects.create(
        enrolment=enrolment, relevance=5, trainers=4, organisation=4,
        comments=f"Signed: {NAME}",
    )  # fmt: skip
    Certificate.objects.create(enrolment=enrolment, issued_on=session.end_date)
    Trainer.objects.create(full_name=NAME, organisation=org, email=EMAIL)
    return participant


def _support(org):
    conference = Conference.objects.create(
        slug="osce-test", title_en="OSCE Alliance", city="Vienna", country="AT",
        start_date=dt.date(YEAR, 6, 1), end_date=dt.date(YEAR, 6, 2),
    )  # fmt: skip
    return ConferenceParticipation.objects.create(
        conference=conference, full_name=NAME_PLAIN, organisation=org, role="speaker",
        start_date=dt.date(YEAR, 6, 1), end_date=dt.date(YEAR, 6, 2),
        report_back=f"Report by {NAME}, {EMAIL}",
    )  # fmt: skip


def _logs(person, user):
    from wagtail.log_actions import log

    log_action(
        actor=user, action="network.person.edit", obj=person, data={"note": f"{NAME} <{EMAIL}>"}
    )
    log(instance=person, action="wagtail.edit", user=user)


def _task_result():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.create(
        task_path="atnet.accounts.tasks.email_send",
        args_kwargs={"args": [], "kwargs": {"to": [EMAIL], "subject": "Hi", "body": NAME}},
        queue_name="default", backend_name="default", priority=0, status="SUCCESSFUL",
    )  # fmt: skip


@pytest.fixture
def world(db):
    """The subject in every app, plus someone else in the same organisation who must stay."""
    org = organisation()
    user = _account(org)
    person = Person.objects.create(
        organisation=org, user=user, full_name=NAME, email=EMAIL, phone=PHONE, gender="female",
        position="Inspector",
    )  # fmt: skip
    held = _meetings(person, org)
    participant = _trainings(org)
    participation = _support(org)
    _logs(person, user)
    _task_result()
    bystander = Person.objects.create(
        organisation=org, full_name="Ion Bystander", email="ion.bystander@example.org",
        gender="male",
    )  # fmt: skip
    Registration.objects.create(meeting=held, person=bystander, response="attending")
    return SimpleNamespace(
        org=org, user=user, person=person, participant=participant, meeting=held,
        participation=participation, bystander=bystander,
    )  # fmt: skip
