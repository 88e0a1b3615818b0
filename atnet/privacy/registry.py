"""Where personal data is held: one `Source` per model, so a new app adds a line.

Each source says how to find a data subject's rows (`find`), what to show in an
access request's export (`fields`, never secrets), and what erasure does with
the rows: anonymise the identifying fields (`anonymise`), delete the rows
(`delete=True`), or keep them because, once the people they point to are
anonymised, they identify nobody (`keep`). Rows are kept rather than deleted
wherever reports count them, so the aggregate figures stay the same.

Every source's model is also audited (atnet.privacy.audit): its creations,
changes and deletions are logged with the changed fields' names.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

ERASED_NAME = "Erased person"


def erased_name(instance) -> str:
    # Numbered so that erased people stay distinct rows (trainings keeps one participant
    # per name and institution) and lists can still tell them apart.
    return f"{ERASED_NAME} #{instance.pk}"


@dataclass(frozen=True)
class Source:
    label: str  # "app_label.ModelName"
    title: object  # translated section title
    find: Callable  # (subject, model) -> Q over the model
    fields: tuple[str, ...]
    anonymise: dict = field(default_factory=dict)  # field -> value or callable(instance)
    delete: bool = False
    files: tuple[str, ...] = ()  # file fields whose files are deleted on erasure
    audit: bool = True
    audit_ignore: tuple[str, ...] = ()  # fields whose change alone is not worth a log entry

    @property
    def model(self):
        return apps.get_model(self.label)


def _ids(values) -> list:
    return sorted(values) or [-1]


def _user(subject, model) -> Q:
    return Q(user_id__in=_ids(subject.user_ids))


SOURCES: list[Source] = []


def register(source: Source) -> Source:
    """Add a model holding personal data (an app's `privacy.py` or this module)."""
    SOURCES[:] = [known for known in SOURCES if known.label != source.label] + [source]
    return source


def installed_sources() -> list[Source]:
    labels = {config.label for config in apps.get_app_configs()}
    return [source for source in SOURCES if source.label.split(".")[0] in labels]


def source_for(model) -> Source | None:
    label = model._meta.label
    return next((source for source in installed_sources() if source.label == label), None)


register(Source(
    "auth.User", _("User account"),
    lambda s, m: Q(pk__in=_ids(s.user_ids)),
    ("username", "first_name", "last_name", "email", "is_active", "is_staff", "date_joined",
     "last_login", "groups"),
    anonymise={
        "username": lambda user: f"erased-{user.pk}", "first_name": "", "last_name": "",
        "email": "", "is_active": False, "is_staff": False, "is_superuser": False,
    },
    audit_ignore=("last_login",),
))  # fmt: skip
register(Source(
    "wagtailusers.UserProfile", _("Administration preferences"), _user,
    ("preferred_language", "current_time_zone", "avatar"), delete=True, files=("avatar",),
    audit=False,
))  # fmt: skip
register(Source(
    "network.Person", _("Contact person in the network"),
    lambda s, m: Q(pk__in=_ids(s.person_ids)),
    ("organisation", "full_name", "position", "email", "phone", "preferred_language", "gender",
     "is_focal_point", "created_at", "updated_at"),
    anonymise={"full_name": erased_name, "position": "", "email": "", "phone": "", "user": None},
))  # fmt: skip
register(Source(
    "network.Membership", _("Memberships of organisations"), _user,
    ("organisation", "role", "created_at"),
))  # fmt: skip
register(Source(
    "accounts.Invitation", _("Invitations to join the network"),
    lambda s, m: s.email_q("email") | Q(accepted_by_id__in=_ids(s.user_ids)),
    ("email", "organisation", "role", "language", "created_at", "expires_at", "accepted_at"),
    delete=True,
))  # fmt: skip
register(Source(
    "accounts.SessionRecord", _("Signed-in sessions"), _user, ("created_at",), delete=True,
    audit=False,
))  # fmt: skip
register(Source(
    "meetings.Invitation", _("Meeting invitations"),
    lambda s, m: Q(person_id__in=_ids(s.person_ids)), ("meeting", "created_at", "sent_at"),
))  # fmt: skip
register(Source(
    "meetings.Registration", _("Meeting registrations"),
    lambda s, m: Q(person_id__in=_ids(s.person_ids)) | Q(substitute_id__in=_ids(s.person_ids)),
    ("meeting", "person", "response", "substitute", "waitlisted", "responded_at"),
))  # fmt: skip
register(Source(
    "meetings.Attendance", _("Meeting attendance"),
    lambda s, m: Q(person_id__in=_ids(s.person_ids))
    | (Q(person__isnull=True) & s.name_q(m, "full_name", "organisation_id")),
    ("meeting", "full_name", "organisation", "organisation_name", "gender", "position", "status",
     "is_walk_in", "recorded_at"),
    anonymise={"full_name": erased_name, "position": ""},
))  # fmt: skip
register(Source(
    "meetings.CalendarFeed", _("Personal calendar"), _user, ("created_at",), delete=True,
))  # fmt: skip
register(Source(
    "trainings.Participant", _("Training participant"),
    lambda s, m: Q(pk__in=_ids(s.participant_ids)),
    ("full_name", "organisation", "gender", "profession", "position", "unit", "email", "phone",
     "language", "created_at", "updated_at"),
    anonymise={"full_name": erased_name, "position": "", "email": "", "phone": ""},
))  # fmt: skip
register(Source(
    "trainings.Enrolment", _("Training enrolments"),
    lambda s, m: Q(participant_id__in=_ids(s.participant_ids)),
    ("session", "status", "decided_at", "pre_score", "post_score", "days_attended", "completed"),
))  # fmt: skip
register(Source(
    "trainings.Attendance", _("Training attendance"),
    lambda s, m: Q(enrolment__participant_id__in=_ids(s.participant_ids)), ("enrolment", "day"),
))  # fmt: skip
register(Source(
    "trainings.Evaluation", _("Training evaluations"),
    lambda s, m: Q(enrolment__participant_id__in=_ids(s.participant_ids)),
    ("enrolment", "relevance", "trainers", "organisation", "comments", "created_at"),
    anonymise={"comments": ""},
))  # fmt: skip
register(Source(
    "trainings.Certificate", _("Training certificates"),
    lambda s, m: Q(enrolment__participant_id__in=_ids(s.participant_ids)),
    ("enrolment", "code", "language", "issued_on", "revoked_at", "revoked_reason"),
))  # fmt: skip
register(Source(
    "trainings.Trainer", _("Trainer"),
    lambda s, m: s.email_q("email") | s.name_q(m, "full_name", "organisation_id"),
    ("full_name", "organisation", "is_external", "expertise", "email"),
    anonymise={"full_name": erased_name, "email": "", "expertise": ""},
))  # fmt: skip
register(Source(
    "support.ConferenceParticipation", _("Conference participation"),
    lambda s, m: s.name_q(m, "full_name", "organisation_id"),
    ("conference", "full_name", "organisation", "role", "start_date", "end_date",
     "costs_covered", "amount", "currency", "report_back", "report_received_on"),
    anonymise={"full_name": erased_name, "report_back": ""},
))  # fmt: skip
# Two-factor devices hold secrets: shown by name only, deleted on erasure.
register(Source(
    "otp_totp.TOTPDevice", _("Authenticator apps"), _user, ("name", "confirmed"), delete=True,
))  # fmt: skip
register(Source(
    "otp_static.StaticDevice", _("Recovery codes"), _user, ("name", "confirmed"), delete=True,
))  # fmt: skip
