"""Personal data held by the network app, registered with atnet.privacy."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from atnet.privacy.registry import Source, by_user, erased_name, ids, register

register(Source(
    "network.Person", _("Contact person in the network"),
    lambda s, m: Q(pk__in=ids(s.person_ids)),
    ("organisation", "full_name", "position", "email", "phone", "preferred_language", "gender",
     "is_focal_point", "created_at", "updated_at"),
    anonymise={"full_name": erased_name, "position": "", "email": "", "phone": "", "user": None},
))  # fmt: skip
register(Source(
    "network.Membership", _("Memberships of organisations"), by_user,
    ("organisation", "role", "created_at"),
))  # fmt: skip
