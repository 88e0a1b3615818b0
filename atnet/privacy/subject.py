"""A data subject: the person an access or erasure request is about, found across the apps.

Starting from an email address (or a person, participant or user id), the
records that carry the address are found first; their names and organisations
then find the records that hold only a name (a walk-in at a meeting, a
conference participant): same name, word order and diacritics aside, in the
same organisation — the rule trainings uses to recognise a participant.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.auth import get_user_model
from django.db.models import Q

from atnet.core.text import fold
from atnet.network.models import Membership, Person
from atnet.trainings.models import Participant, Trainer, name_key


@dataclass
class Subject:
    emails: set[str] = field(default_factory=set)
    user_ids: set[int] = field(default_factory=set)
    person_ids: set[int] = field(default_factory=set)
    participant_ids: set[int] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # as written in the records
    organisation_ids: set[int] = field(default_factory=set)

    @property
    def name_keys(self) -> set[str]:
        return {name_key(name) for name in self.names if name_key(name)}

    def email_q(self, field_name: str) -> Q:
        if not self.emails:
            return Q(pk__in=[])
        return reduce(or_, (Q(**{f"{field_name}__iexact": email}) for email in self.emails))

    def name_q(self, model, name_field: str, organisation_field: str) -> Q:
        """Rows of `model` with one of the subject's names, in one of their organisations.

        Rows with no organisation count only for a subject with none either:
        otherwise a namesake from elsewhere would be exported and erased with them.
        """
        if not self.name_keys:
            return Q(pk__in=[])
        if self.organisation_ids:
            in_organisation = Q(**{f"{organisation_field}__in": sorted(self.organisation_ids)})
        else:
            in_organisation = Q(**{f"{organisation_field}__isnull": True})
        rows = model._base_manager.filter(in_organisation).values_list("pk", name_field)
        keys = self.name_keys
        return Q(pk__in=[pk for pk, name in rows.iterator() if name_key(name or "") in keys])

    def identifiers(self) -> list[str]:
        """The folded strings that identify the subject in free text (names and emails)."""
        found = {fold(email) for email in self.emails}
        for name in self.names:
            words = fold(name).split()
            if len(words) > 1 or (words and len(words[0]) > 3):
                found.add(" ".join(words))
                found.add(" ".join(reversed(words)))
        return sorted(found)


def _names_of_user(user) -> list[str]:
    full = f"{user.first_name} {user.last_name}".strip()
    return [full] if full else []


def _collect(subject: Subject) -> None:
    """One round of following links between the subject's records."""
    users = get_user_model()._base_manager.filter(
        subject.email_q("email") | Q(pk__in=sorted(subject.user_ids) or [-1])
    )
    for user in users:
        subject.user_ids.add(user.pk)
        subject.names.update(_names_of_user(user))
        if user.email:
            subject.emails.add(user.email.lower())
    people = Person._base_manager.filter(
        subject.email_q("email")
        | Q(pk__in=sorted(subject.person_ids) or [-1])
        | Q(user_id__in=sorted(subject.user_ids) or [-1])
    )
    for person in people:
        _add_record(subject, subject.person_ids, person)
        if person.user_id:
            subject.user_ids.add(person.user_id)
    participants = Participant._base_manager.filter(
        subject.email_q("email") | Q(pk__in=sorted(subject.participant_ids) or [-1])
    )
    for participant in participants:
        _add_record(subject, subject.participant_ids, participant)
    # Found by name alone: theirs, but their email and links are not followed,
    # so that a namesake's address never pulls in someone else's account.
    by_name = subject.name_q(Participant, "full_name", "organisation_id")
    subject.participant_ids.update(
        Participant._base_manager.filter(by_name).values_list("pk", flat=True)
    )
    for trainer in Trainer._base_manager.filter(subject.email_q("email")):
        subject.names.add(trainer.full_name)
        if trainer.organisation_id:
            subject.organisation_ids.add(trainer.organisation_id)
    memberships = Membership.objects.filter(user_id__in=sorted(subject.user_ids) or [-1])
    subject.organisation_ids.update(memberships.values_list("organisation_id", flat=True))


def _add_record(subject: Subject, ids: set, record) -> None:
    ids.add(record.pk)
    subject.names.add(record.full_name)
    if record.organisation_id:
        subject.organisation_ids.add(record.organisation_id)
    if record.email:
        subject.emails.add(record.email.lower())


def find_subject(
    *, email: str = "", user_ids=(), person_ids=(), participant_ids=(), rounds: int = 3
) -> Subject:
    """The subject identified by an email address and/or record ids, with every linked record."""
    subject = Subject(
        emails={email.strip().lower()} if email.strip() else set(),
        user_ids=set(user_ids),
        person_ids=set(person_ids),
        participant_ids=set(participant_ids),
    )
    for _round in range(rounds):
        before = (len(subject.user_ids), len(subject.person_ids), len(subject.participant_ids))
        _collect(subject)
        after = (len(subject.user_ids), len(subject.person_ids), len(subject.participant_ids))
        if after == before and _round:
            break
    return subject
