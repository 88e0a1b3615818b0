"""Writes for the network. Each one validates, saves and leaves an audit trail.

The trail goes to atnet.core's audit log (field names only, never values) and
to Wagtail's log, so the admin's history of a record also shows the changes
focal points made in the workspace.
"""

from django.db import models, transaction
from wagtail.log_actions import log

from atnet.core.services import log_action

from .models import Activity, Membership, Organisation, Person, Role


def _apply(instance: models.Model, data: dict) -> dict:
    """Set plain fields from `data`; return the many-to-many values to set after saving."""
    m2m_names = {field.name for field in instance._meta.many_to_many}
    for name, value in data.items():
        if name not in m2m_names:
            setattr(instance, name, value)
    return {name: value for name, value in data.items() if name in m2m_names}


def _save(*, actor, instance: models.Model, data: dict, action: str) -> models.Model:
    m2m = _apply(instance, data)
    instance.full_clean()
    instance.save()
    for name, value in m2m.items():
        getattr(instance, name).set(value)
    log_action(
        actor=actor,
        action=f"{instance._meta.label_lower}.{action}",
        obj=instance,
        data={"fields": sorted(data)},
    )
    log(instance=instance, action=f"wagtail.{action}", user=actor)
    return instance


@transaction.atomic
def organisation_update(*, actor, organisation: Organisation, data: dict) -> Organisation:
    return _save(actor=actor, instance=organisation, data=data, action="edit")


@transaction.atomic
def activity_create(*, actor, organisation: Organisation, data: dict) -> Activity:
    activity = Activity(organisation=organisation, created_by=actor)
    return _save(actor=actor, instance=activity, data=data, action="create")


@transaction.atomic
def activity_update(*, actor, activity: Activity, data: dict) -> Activity:
    return _save(actor=actor, instance=activity, data=data, action="edit")


@transaction.atomic
def activity_delete(*, actor, activity: Activity) -> None:
    log_action(actor=actor, action="network.activity.delete", obj=activity)
    log(instance=activity, action="wagtail.delete", user=actor)
    activity.delete()


@transaction.atomic
def person_save(*, actor, person: Person, data: dict) -> Person:
    action = "edit" if person.pk else "create"
    return _save(actor=actor, instance=person, data=data, action=action)


@transaction.atomic
def person_delete(*, actor, person: Person) -> None:
    log_action(actor=actor, action="network.person.delete", obj=person)
    log(instance=person, action="wagtail.delete", user=actor)
    person.delete()


def membership_save(*, actor, user, organisation: Organisation, role: str) -> Membership:
    """Give `user` `role` in `organisation`; a second invitation may change the role."""
    membership = Membership.objects.filter(user=user, organisation=organisation).first()
    membership = membership or Membership(user=user, organisation=organisation)
    action = "edit" if membership.pk else "create"
    return _save(actor=actor, instance=membership, data={"role": role}, action=action)


@transaction.atomic
def member_person_ensure(*, actor, user, organisation: Organisation) -> Person:
    """The user's person record in `organisation`, so she answers meeting invitations herself.

    A record the organisation already keeps under her email is linked to her
    account rather than duplicated; otherwise one is created from her account.
    """
    person = Person.objects.filter(user=user, organisation=organisation).first()
    if person is not None:
        return person
    unlinked = Person.objects.filter(organisation=organisation, user__isnull=True)
    person = unlinked.filter(email__iexact=user.email).first() if user.email else None
    if person is not None:
        return _save(actor=actor, instance=person, data={"user": user}, action="edit")
    data = {
        "user": user,
        "full_name": user.get_full_name() or user.get_username(),
        "email": user.email,
        "is_focal_point": Membership.objects.filter(
            user=user, organisation=organisation, role=Role.FOCAL_POINT
        ).exists(),
    }
    return _save(
        actor=actor, instance=Person(organisation=organisation), data=data, action="create"
    )
