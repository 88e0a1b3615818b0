import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail

from atnet.core.models import AuditLogEntry
from atnet.trainings import services
from atnet.trainings.models import (
    Attendance,
    CompletionRule,
    Enrolment,
    EnrolmentStatus,
    Evaluation,
    Participant,
)

from .factories import (
    CourseFactory,
    EnrolmentFactory,
    OrganisationFactory,
    ParticipantFactory,
    SessionFactory,
)

pytestmark = pytest.mark.django_db

DAY1, DAY2 = dt.date(2025, 3, 10), dt.date(2025, 3, 11)


def test_the_same_person_typed_without_diacritics_is_one_participant(coordinator):
    organisation = OrganisationFactory()
    first, created = services.participant_get_or_create(
        actor=coordinator, full_name="Ștefan Țurcanu", organisation=organisation,
        gender="male", profession="police",
    )  # fmt: skip
    again, created_again = services.participant_get_or_create(
        actor=coordinator, full_name="turcanu  STEFAN", organisation=organisation,
        gender="male", profession="police",
    )  # fmt: skip
    assert created and not created_again
    assert again.pk == first.pk
    assert Participant.objects.count() == 1


def test_the_same_name_in_another_institution_is_another_person(coordinator):
    one = ParticipantFactory(full_name="Ana Rusu")
    other, created = services.participant_get_or_create(
        actor=coordinator, full_name="Ana Rusu", organisation=OrganisationFactory(),
        gender="female", profession="judges",
    )  # fmt: skip
    assert created and other.pk != one.pk


def test_a_merge_keeps_all_attendances(coordinator):
    target = ParticipantFactory(full_name="Maria Ciobanu", email="")
    source = ParticipantFactory(
        full_name="Maria Ciobanu", organisation=OrganisationFactory(), email="m@example.org"
    )
    shared = SessionFactory()
    other = SessionFactory(start_date=DAY1, end_date=DAY1)
    kept = EnrolmentFactory(session=shared, participant=target)
    services.attendance_set(actor=coordinator, enrolment=kept, days={DAY1})
    twin = EnrolmentFactory(session=shared, participant=source, pre_score=Decimal("40"))
    services.attendance_set(actor=coordinator, enrolment=twin, days={DAY2})
    moved = EnrolmentFactory(session=other, participant=source)
    services.attendance_set(actor=coordinator, enrolment=moved, days={DAY1})

    services.participant_merge(actor=coordinator, source=source, target=target)

    assert not Participant.objects.filter(pk=source.pk).exists()
    days = sorted(
        Attendance.objects.filter(enrolment__participant=target).values_list("day", flat=True)
    )
    assert days == [DAY1, DAY1, DAY2]
    kept.refresh_from_db()
    assert kept.days_attended == 2 and kept.completed and kept.pre_score == Decimal("40")
    target.refresh_from_db()
    assert target.email == "m@example.org"
    assert AuditLogEntry.objects.filter(action="trainings.participant.merge").exists()


def test_a_participant_cannot_be_merged_with_itself(coordinator):
    participant = ParticipantFactory()
    with pytest.raises(services.TrainingError):
        services.participant_merge(actor=coordinator, source=participant, target=participant)


def test_the_nominee_is_told_of_the_decision_in_their_language(coordinator):
    enrolment = EnrolmentFactory(status=EnrolmentStatus.NOMINATED, participant__language="ru")
    services.enrolment_decide(actor=coordinator, enrolment=enrolment, status="accepted")
    assert len(mail.outbox) == 1
    assert "торговли людьми" in mail.outbox[0].subject
    assert "Ваше место подтверждено" in mail.outbox[0].body


def test_a_full_session_refuses_to_accept_more(coordinator):
    session = SessionFactory(capacity=1)
    EnrolmentFactory(session=session)
    waiting = EnrolmentFactory(session=session, status=EnrolmentStatus.NOMINATED)
    with pytest.raises(services.TrainingError):
        services.enrolment_decide(actor=coordinator, enrolment=waiting, status="accepted")
    services.enrolment_decide(actor=coordinator, enrolment=waiting, status="waitlisted")
    assert Enrolment.objects.get(pk=waiting.pk).status == "waitlisted"


def test_a_closed_session_refuses_nominations(coordinator):
    session = SessionFactory(status="completed")
    with pytest.raises(services.TrainingError):
        services.nomination_create(
            actor=coordinator, session=session, participant=ParticipantFactory()
        )


def test_a_day_outside_the_session_cannot_be_marked(coordinator):
    enrolment = EnrolmentFactory()
    with pytest.raises(services.TrainingError):
        services.attendance_set(actor=coordinator, enrolment=enrolment, days={dt.date(2025, 1, 1)})


def test_the_knowledge_gain_is_post_minus_pre(coordinator):
    enrolment = EnrolmentFactory()
    services.scores_set(
        actor=coordinator, enrolment=enrolment, pre_score=Decimal("45"), post_score=Decimal("80")
    )
    assert enrolment.knowledge_gain == Decimal("35")


@pytest.mark.parametrize(
    ("rule", "days", "post", "complete"),
    [
        (CompletionRule.ALL_DAYS, {DAY1, DAY2}, None, True),
        (CompletionRule.ALL_DAYS, {DAY1}, None, False),
        (CompletionRule.ALL_DAYS_AND_PASS, {DAY1, DAY2}, Decimal("50"), False),
        (CompletionRule.ALL_DAYS_AND_PASS, {DAY1, DAY2}, Decimal("75"), True),
    ],
)
def test_completion_follows_the_course_rule(coordinator, rule, days, post, complete):
    enrolment = EnrolmentFactory(session__course=CourseFactory(completion_rule=rule))
    services.scores_set(actor=coordinator, enrolment=enrolment, pre_score=None, post_score=post)
    services.attendance_set(actor=coordinator, enrolment=enrolment, days=days)
    assert enrolment.completed is complete


def test_most_days_means_four_fifths():
    session = SessionFactory(start_date=dt.date(2025, 3, 10), end_date=dt.date(2025, 3, 14))
    enrolment = EnrolmentFactory(session=session, session__course__completion_rule="most_days")
    enrolment.session.course.completion_rule = "most_days"
    assert services.is_complete(enrolment=enrolment, days_attended=4)
    assert not services.is_complete(enrolment=enrolment, days_attended=3)


def test_a_certificate_needs_completion_and_is_issued_once(coordinator):
    enrolment = EnrolmentFactory()
    with pytest.raises(services.TrainingError):
        services.certificate_issue(actor=coordinator, enrolment=enrolment)
    services.attendance_set(actor=coordinator, enrolment=enrolment, days={DAY1, DAY2})
    first = services.certificate_issue(actor=coordinator, enrolment=enrolment, language="en")
    again = services.certificate_issue(actor=coordinator, enrolment=enrolment)
    assert first.pk == again.pk and first.language == "en" and first.is_valid
    assert len(first.code) == 11


def test_a_revoked_certificate_is_no_longer_valid(coordinator):
    enrolment = EnrolmentFactory()
    services.attendance_set(actor=coordinator, enrolment=enrolment, days={DAY1, DAY2})
    certificate = services.certificate_issue(actor=coordinator, enrolment=enrolment)
    services.certificate_revoke(actor=coordinator, certificate=certificate, reason="Eroare")
    assert not certificate.is_valid
    entry = AuditLogEntry.objects.get(action="trainings.certificate.revoke")
    assert "Eroare" not in str(entry.data)


def test_evaluation_is_saved_once_per_enrolment(coordinator):
    enrolment = EnrolmentFactory()
    services.evaluation_save(
        actor=coordinator, enrolment=enrolment, relevance=5, trainers=4, organisation=3
    )
    services.evaluation_save(
        actor=coordinator, enrolment=enrolment, relevance=4, trainers=4, organisation=3
    )
    assert Evaluation.objects.get(enrolment=enrolment).relevance == 4


def test_a_session_is_announced_as_an_event_in_three_languages(coordinator, event_index):
    session = SessionFactory()
    event = services.session_announce(actor=coordinator, session=session)
    assert event.title == session.course.title_ro
    titles = {
        page.locale.language_code: page.title for page in event.get_translations(inclusive=True)
    }
    assert titles == {
        "ro": session.course.title_ro,
        "en": session.course.title_en,
        "ru": session.course.title_ru,
    }
    assert services.session_announce(actor=coordinator, session=session).pk == event.pk
