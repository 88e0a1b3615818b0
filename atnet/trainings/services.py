"""Writes of the trainings app: nominations, decisions, attendance, scores, certificates.

Each write validates (full_clean) then saves and is kept in the audit log with
the names of the fields it changed, never their personal values.
"""

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from atnet.core.services import log_action

from .models import (
    Attendance,
    Certificate,
    CompletionRule,
    Enrolment,
    EnrolmentStatus,
    Evaluation,
    Participant,
    Session,
    name_key,
)
from .tasks import email_send

PARTICIPANT_FIELDS = ("gender", "profession", "position", "unit", "email", "phone", "language")


class TrainingError(Exception):
    """A request the rules forbid; the message is for the user, in their language."""


# Participants -------------------------------------------------------------


def participant_find(*, full_name: str, organisation) -> Participant | None:
    return Participant.objects.filter(
        name_key=name_key(full_name), organisation=organisation
    ).first()


def participant_get_or_create(
    *, actor, full_name: str, organisation, **fields
) -> tuple[Participant, bool]:
    """The existing person (same name and institution) unchanged, else a new record."""
    existing = participant_find(full_name=full_name, organisation=organisation)
    if existing is not None:
        return existing, False
    participant = Participant(full_name=full_name.strip(), organisation=organisation, **fields)
    participant.full_clean()
    participant.save()
    log_action(
        actor=actor,
        action="trainings.participant.create",
        obj=participant,
        data={"fields": ["full_name", "organisation", *fields]},
    )
    return participant, True


def participant_update(*, actor, participant: Participant, **fields) -> Participant:
    for name, value in fields.items():
        setattr(participant, name, value)
    participant.full_clean()
    participant.save()
    log_action(
        actor=actor,
        action="trainings.participant.update",
        obj=participant,
        data={"fields": [*fields]},
    )
    return participant


@transaction.atomic
def participant_merge(*, actor, source: Participant, target: Participant) -> Participant:
    """Fold `source` (a duplicate) into `target`, keeping every enrolment and attendance.

    Where both were enrolled in the same session, the days attended are united
    and the known scores kept, so nothing recorded is lost.
    """
    if source.pk == target.pk:
        raise TrainingError(_("A participant cannot be merged with itself."))
    for enrolment in source.enrolments.select_related("session__course"):
        twin = target.enrolments.filter(session=enrolment.session).first()
        if twin is None:
            enrolment.participant = target
            enrolment.save(update_fields=["participant", "updated_at"])
        else:
            _enrolment_fold(enrolment, into=twin)
    for name in PARTICIPANT_FIELDS:
        if not getattr(target, name) and getattr(source, name):
            setattr(target, name, getattr(source, name))
    target.save()
    log_action(
        actor=actor,
        action="trainings.participant.merge",
        obj=target,
        data={"merged_id": source.pk},
    )
    source.delete()
    return target


def _enrolment_fold(enrolment: Enrolment, *, into: Enrolment) -> None:
    known = set(into.attendances.values_list("day", flat=True))
    Attendance.objects.bulk_create(
        Attendance(enrolment=into, day=day)
        for day in enrolment.attendances.values_list("day", flat=True)
        if day not in known
    )
    into.pre_score = into.pre_score if into.pre_score is not None else enrolment.pre_score
    into.post_score = into.post_score if into.post_score is not None else enrolment.post_score
    if into.status != EnrolmentStatus.ACCEPTED and enrolment.status == EnrolmentStatus.ACCEPTED:
        into.status = EnrolmentStatus.ACCEPTED
    into.save()
    if hasattr(enrolment, "certificate") and not hasattr(into, "certificate"):
        Certificate.objects.filter(pk=enrolment.certificate.pk).update(enrolment=into)
    enrolment.delete()
    completion_update(enrolment=into)


# Nominations and decisions ------------------------------------------------


def nomination_create(*, actor, session: Session, participant: Participant) -> Enrolment:
    if not session.is_open_for_nominations:
        raise TrainingError(_("This session no longer accepts nominations."))
    if Enrolment.objects.filter(session=session, participant=participant).exists():
        raise TrainingError(_("This person is already nominated for this session."))
    enrolment = Enrolment(session=session, participant=participant, nominated_by=actor)
    enrolment.full_clean()
    enrolment.save()
    log_action(
        actor=actor,
        action="trainings.nomination.create",
        obj=enrolment,
        data={"fields": ["status"]},
    )
    return enrolment


def enrolment_decide(*, actor, enrolment: Enrolment, status: str) -> Enrolment:
    """Accept, wait-list or decline a nomination; the nominee is told by email."""
    if status not in (
        EnrolmentStatus.ACCEPTED,
        EnrolmentStatus.WAITLISTED,
        EnrolmentStatus.DECLINED,
    ):
        raise TrainingError(_("Choose accept, wait-list or decline."))
    if status == EnrolmentStatus.ACCEPTED and enrolment.status != status:
        accepted = enrolment.session.enrolments.filter(status=EnrolmentStatus.ACCEPTED).count()
        if accepted >= enrolment.session.capacity:
            raise TrainingError(_("The session is full: wait-list the nominee instead."))
    enrolment.status = status
    enrolment.decided_at = timezone.now()
    enrolment.full_clean()
    enrolment.save()
    log_action(
        actor=actor,
        action="trainings.enrolment.decide",
        obj=enrolment,
        data={"fields": ["status"], "status": status},
    )
    _decision_email(enrolment)
    return enrolment


def _decision_email(enrolment: Enrolment) -> None:
    participant = enrolment.participant
    if not participant.email:
        return
    context = {"enrolment": enrolment}
    with translation.override(participant.language):
        subject = render_to_string("trainings/email/decision_subject.txt", context).strip()
        body = render_to_string("trainings/email/decision.txt", context)
    email_send.enqueue(subject=subject, body=body, to=[participant.email])


# Attendance, scores, evaluation, completion -------------------------------


@transaction.atomic
def attendance_set(*, actor, enrolment: Enrolment, days: set[dt.date]) -> Enrolment:
    """Record exactly `days` as the days present (days outside the session are refused)."""
    if enrolment.status != EnrolmentStatus.ACCEPTED:
        raise TrainingError(_("Only accepted participants have attendance."))
    if not set(days) <= set(enrolment.session.days):
        raise TrainingError(_("A day outside the session cannot be marked."))
    enrolment.attendances.exclude(day__in=days).delete()
    known = set(enrolment.attendances.values_list("day", flat=True))
    Attendance.objects.bulk_create(
        Attendance(enrolment=enrolment, day=day) for day in sorted(days) if day not in known
    )
    completion_update(enrolment=enrolment)
    log_action(
        actor=actor, action="trainings.attendance.set", obj=enrolment, data={"fields": ["days"]}
    )
    return enrolment


def scores_set(
    *, actor, enrolment: Enrolment, pre_score: Decimal | None, post_score: Decimal | None
) -> Enrolment:
    enrolment.pre_score = pre_score
    enrolment.post_score = post_score
    enrolment.full_clean()
    enrolment.save()
    completion_update(enrolment=enrolment)
    log_action(
        actor=actor,
        action="trainings.scores.set",
        obj=enrolment,
        data={"fields": ["pre_score", "post_score"]},
    )
    return enrolment


def evaluation_save(*, actor, enrolment: Enrolment, **answers) -> Evaluation:
    evaluation = Evaluation.objects.filter(enrolment=enrolment).first() or Evaluation(
        enrolment=enrolment
    )
    for name, value in answers.items():
        setattr(evaluation, name, value)
    evaluation.full_clean()
    evaluation.save()
    log_action(
        actor=actor, action="trainings.evaluation.save", obj=evaluation, data={"fields": [*answers]}
    )
    return evaluation


def is_complete(*, enrolment: Enrolment, days_attended: int) -> bool:
    """The course's completion rule applied to one enrolment."""
    if enrolment.status != EnrolmentStatus.ACCEPTED:
        return False
    course = enrolment.session.course
    total = len(enrolment.session.days)
    if course.completion_rule == CompletionRule.MOST_DAYS:
        return days_attended * 5 >= total * 4
    if course.completion_rule == CompletionRule.ALL_DAYS_AND_PASS:
        passed = enrolment.post_score is not None and enrolment.post_score >= course.pass_mark
        return days_attended >= total and passed
    return days_attended >= total


def completion_update(*, enrolment: Enrolment) -> Enrolment:
    enrolment.days_attended = enrolment.attendances.count()
    enrolment.completed = is_complete(enrolment=enrolment, days_attended=enrolment.days_attended)
    enrolment.save(update_fields=["days_attended", "completed", "updated_at"])
    return enrolment


# Certificates -------------------------------------------------------------


def certificate_issue(*, actor, enrolment: Enrolment, language: str | None = None) -> Certificate:
    """The participant's certificate (issued once; asking again returns the same one)."""
    existing = Certificate.objects.filter(enrolment=enrolment).first()
    if existing is not None:
        return existing
    if not enrolment.completed:
        raise TrainingError(_("A certificate is issued only to a participant who completed."))
    if enrolment.session.end_date > timezone.localdate():
        # "Completed" can be ticked ahead of time; a certificate is dated at the end.
        raise TrainingError(_("A certificate is issued only after the session has ended."))
    certificate = Certificate(
        enrolment=enrolment,
        language=language or enrolment.participant.language,
        # The certificate is dated at the end of the course, whenever it is printed.
        issued_on=enrolment.session.end_date,
    )
    certificate.full_clean()
    certificate.save()
    log_action(actor=actor, action="trainings.certificate.issue", obj=certificate)
    return certificate


def certificate_language_set(*, actor, certificate: Certificate, language: str) -> Certificate:
    certificate.language = language
    certificate.full_clean()
    certificate.save()
    log_action(
        actor=actor,
        action="trainings.certificate.language",
        obj=certificate,
        data={"fields": ["language"]},
    )
    return certificate


def certificate_revoke(*, actor, certificate: Certificate, reason: str) -> Certificate:
    if certificate.revoked_at is not None:
        return certificate
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = reason
    certificate.full_clean()
    certificate.save()
    log_action(
        actor=actor,
        action="trainings.certificate.revoke",
        obj=certificate,
        data={"fields": ["revoked_at", "revoked_reason"]},
    )
    return certificate


# Announcement on the website ----------------------------------------------


@transaction.atomic
def session_announce(*, actor, session: Session):
    """Publish the session as an event under the Romanian events index, translated to en and ru."""
    from wagtail.models import Locale

    from atnet.portal.models import EventIndexPage, EventPage
    from atnet.portal.services import page_translation_save

    if session.event_page_id:
        return session.event_page
    index = EventIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        raise TrainingError(_("The website has no events page to announce the session on."))
    event = EventPage(**_event_fields(session, "ro"), slug=f"training-{session.code}")
    index.add_child(instance=event)
    event.save_revision().publish()
    for language in ("en", "ru"):
        page_translation_save(
            page=event, language=language, fields=_event_fields(session, language)
        )
    session.event_page = event
    session.save(update_fields=["event_page", "updated_at"])
    log_action(actor=actor, action="trainings.session.announce", obj=session)
    return event


def _event_fields(session: Session, language: str) -> dict:
    zone = timezone.get_current_timezone()
    course = session.course
    return {
        "title": course.title_in(language),
        "intro": getattr(course, f"description_{language}", "")[:600],
        "start": dt.datetime.combine(session.start_date, dt.time(9), tzinfo=zone),
        "end": dt.datetime.combine(session.end_date, dt.time(17), tzinfo=zone),
        "venue": session.venue,
        "unit": session.unit,
    }
