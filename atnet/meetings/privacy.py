"""Personal data held by the meetings app, registered with atnet.privacy."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from atnet.privacy.registry import Source, by_user, erased_name, ids, register

register(Source(
    "meetings.Invitation", _("Meeting invitations"),
    lambda s, m: Q(person_id__in=ids(s.person_ids)), ("meeting", "created_at", "sent_at"),
))  # fmt: skip
register(Source(
    "meetings.Registration", _("Meeting registrations"),
    lambda s, m: Q(person_id__in=ids(s.person_ids)) | Q(substitute_id__in=ids(s.person_ids)),
    ("meeting", "person", "response", "substitute", "waitlisted", "responded_at"),
))  # fmt: skip
register(Source(
    "meetings.Attendance", _("Meeting attendance"),
    lambda s, m: Q(person_id__in=ids(s.person_ids))
    | (Q(person__isnull=True) & s.name_q(m, "full_name", "organisation_id")),
    ("meeting", "full_name", "organisation", "organisation_name", "gender", "position", "status",
     "is_walk_in", "recorded_at"),
    anonymise={"full_name": erased_name, "position": ""},
))  # fmt: skip
register(Source(
    "meetings.CalendarFeed", _("Personal calendar"), by_user, ("created_at",), delete=True,
))  # fmt: skip
