"""Personal data held by the trainings app, registered with atnet.privacy."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from atnet.privacy.registry import Source, erased_name, ids, register

register(Source(
    "trainings.Participant", _("Training participant"),
    lambda s, m: Q(pk__in=ids(s.participant_ids)),
    ("full_name", "organisation", "gender", "profession", "position", "unit", "email", "phone",
     "language", "created_at", "updated_at"),
    anonymise={"full_name": erased_name, "position": "", "email": "", "phone": ""},
))  # fmt: skip
register(Source(
    "trainings.Enrolment", _("Training enrolments"),
    lambda s, m: Q(participant_id__in=ids(s.participant_ids)),
    ("session", "status", "decided_at", "pre_score", "post_score", "days_attended", "completed"),
))  # fmt: skip
register(Source(
    "trainings.Attendance", _("Training attendance"),
    lambda s, m: Q(enrolment__participant_id__in=ids(s.participant_ids)), ("enrolment", "day"),
))  # fmt: skip
register(Source(
    "trainings.Evaluation", _("Training evaluations"),
    lambda s, m: Q(enrolment__participant_id__in=ids(s.participant_ids)),
    ("enrolment", "relevance", "trainers", "organisation", "comments", "created_at"),
    anonymise={"comments": ""},
))  # fmt: skip
register(Source(
    "trainings.Certificate", _("Training certificates"),
    lambda s, m: Q(enrolment__participant_id__in=ids(s.participant_ids)),
    ("enrolment", "code", "language", "issued_on", "revoked_at", "revoked_reason"),
))  # fmt: skip
register(Source(
    "trainings.Trainer", _("Trainer"),
    lambda s, m: s.email_q("email") | s.name_q(m, "full_name", "organisation_id"),
    ("full_name", "organisation", "is_external", "expertise", "email"),
    anonymise={"full_name": erased_name, "email": "", "expertise": ""},
))  # fmt: skip
