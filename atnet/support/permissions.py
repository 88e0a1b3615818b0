"""Who may read private files: coordinators, and members of the organisation concerned."""

from atnet.network.models import Membership
from atnet.trainings.permissions import is_coordinator


def member_organisation_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_support_member_ids"):
        user._support_member_ids = set(
            Membership.objects.filter(user=user).values_list("organisation_id", flat=True)
        )
    return user._support_member_ids


def is_member(user) -> bool:
    return is_coordinator(user) or bool(member_organisation_ids(user))


def can_read_equipment(user, equipment) -> bool:
    return is_coordinator(user) or equipment.recipient_id in member_organisation_ids(user)


def can_read_material(user, material) -> bool:
    return material.access == "public" or is_member(user)
