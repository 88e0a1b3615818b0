"""Invitations, answers (with capacity and a waiting list) and attendance at the door."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from atnet.core.services import business_event, log_action
from atnet.network.fields import choice_list_contains
from atnet.network.models import Organisation, Person

from ..models import Attendance, Invitation, Meeting, Presence, Registration, Response


def people_matching(
    *,
    organisation_types: Iterable[str] = (),
    regions: Iterable[str] = (),
    domains: Iterable[str] = (),
    organisations: Iterable[Organisation] = (),
) -> QuerySet:
    """People with an email, by their organisation's type, regions covered and domains."""
    people = Person.objects.exclude(email="").select_related("organisation")
    if organisation_types:
        people = people.filter(organisation__type__in=list(organisation_types))
    if regions:
        people = people.filter(organisation__regions__development_region__in=list(regions))
    if domains:
        any_domain = Q()
        for domain in domains:
            any_domain |= choice_list_contains("organisation__domains", domain)
        people = people.filter(any_domain)
    if organisations:
        people = people.filter(organisation__in=list(organisations))
    return people.distinct().order_by("full_name", "pk")


@transaction.atomic
def invitations_create(*, actor, meeting: Meeting, people: Iterable[Person]) -> list[Invitation]:
    """Invite each person once; the emails leave from a background task."""
    from ..tasks import invitation_send

    _open_or_refuse(meeting)
    already = set(meeting.invitations.values_list("person_id", flat=True))
    new = [
        Invitation(meeting=meeting, person=p, invited_by=actor)
        for p in people
        if p.pk not in already
    ]
    Invitation.objects.bulk_create(new)
    created = list(meeting.invitations.filter(person__in=[i.person for i in new]))
    for invitation in created:
        invitation_send.enqueue(invitation_id=invitation.pk)
    log_action(
        actor=actor,
        action="meetings.invitations.create",
        obj=meeting,
        data={"fields": ["invitations"], "count": len(created)},
    )
    return created


def _open_or_refuse(meeting: Meeting) -> None:
    if meeting.is_cancelled:
        raise ValidationError(_("This meeting has been cancelled."))
    if meeting.ends_at < timezone.now():
        raise ValidationError(_("This meeting is already over."))


def _confirmed(meeting: Meeting) -> QuerySet:
    return meeting.registrations.filter(response=Response.ATTENDING, waitlisted=False)


def _has_room(meeting: Meeting, registration: Registration) -> bool:
    if meeting.capacity is None:
        return True
    return _confirmed(meeting).exclude(pk=registration.pk).count() < meeting.capacity


@transaction.atomic
def registration_answer(
    *, meeting: Meeting, person: Person, response: str, substitute: Person | None = None, actor=None
) -> Registration:
    """Record the person's answer; answering again updates it (never a second registration)."""
    meeting = Meeting.objects.select_for_update().get(
        pk=meeting.pk
    )  # one answer at a time per meeting
    _open_or_refuse(meeting)
    registration = Registration.objects.filter(meeting=meeting, person=person).first()
    registration = registration or Registration(meeting=meeting, person=person)
    was_confirmed = registration.pk is not None and registration.is_confirmed
    registration.response, registration.substitute = response, substitute
    attending = response == Response.ATTENDING
    registration.waitlisted = attending and not (was_confirmed or _has_room(meeting, registration))
    registration.full_clean()
    with business_event():  # logged once, below
        registration.save()
    if was_confirmed and not registration.is_confirmed:
        _promote_waiting(meeting)
    log_action(
        actor=actor,
        action="meetings.registration.answer",
        obj=registration,
        data={"fields": ["response", "substitute", "waitlisted"]},
    )
    return registration


def _promote_waiting(meeting: Meeting) -> Registration | None:
    """The first person on the waiting list takes a freed place."""
    waiting = meeting.registrations.filter(response=Response.ATTENDING, waitlisted=True)
    first = waiting.order_by("pk").first()
    if first is None or not _has_room(meeting, first):
        return None
    first.waitlisted = False
    first.save(update_fields=["waitlisted"])
    log_action(
        actor=None,
        action="meetings.registration.promote",
        obj=first,
        data={"fields": ["waitlisted"]},
    )
    return first


def attendance_mark(*, actor, meeting: Meeting, person: Person, status: str) -> Attendance:
    """Present, absent or excused for a known person (idempotent: one line per person)."""
    if status not in Presence.values:
        raise ValidationError(_("Choose present, absent or excused."))
    attendance, _created = Attendance.objects.update_or_create(
        meeting=meeting,
        person=person,
        defaults={
            "status": status,
            "full_name": person.full_name,
            "organisation": person.organisation,
            "gender": person.gender,
            "position": person.position,
        },
    )
    log_action(
        actor=actor, action="meetings.attendance.mark", obj=attendance, data={"fields": ["status"]}
    )
    return attendance


def attendance_walk_in(
    *,
    actor,
    meeting: Meeting,
    full_name: str,
    organisation: Organisation | None = None,
    organisation_name: str = "",
    gender: str = "",
    position: str = "",
) -> Attendance:
    attendance = Attendance(
        meeting=meeting,
        full_name=full_name,
        organisation=organisation,
        organisation_name=organisation_name,
        gender=gender,
        position=position,
        status=Presence.PRESENT,
        is_walk_in=True,
    )
    attendance.full_clean()
    attendance.save()
    log_action(
        actor=actor,
        action="meetings.attendance.walk_in",
        obj=attendance,
        data={"fields": ["full_name", "organisation", "gender", "position"]},
    )
    return attendance
