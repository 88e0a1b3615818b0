"""Personal data held by the accounts app, registered with atnet.privacy."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from atnet.privacy.registry import Source, by_user, ids, register

register(Source(
    "auth.User", _("User account"),
    lambda s, m: Q(pk__in=ids(s.user_ids)),
    ("username", "first_name", "last_name", "email", "is_active", "is_staff", "date_joined",
     "last_login", "groups"),
    anonymise={
        "username": lambda user: f"erased-{user.pk}", "first_name": "", "last_name": "",
        "email": "", "is_active": False, "is_staff": False, "is_superuser": False,
    },
    audit_ignore=("last_login",),
))  # fmt: skip
register(Source(
    "wagtailusers.UserProfile", _("Administration preferences"), by_user,
    ("preferred_language", "current_time_zone", "avatar"), delete=True, files=("avatar",),
    audit=False,
))  # fmt: skip
register(Source(
    "accounts.Invitation", _("Invitations to join the network"),
    lambda s, m: s.email_q("email") | Q(accepted_by_id__in=ids(s.user_ids)),
    ("email", "organisation", "role", "language", "created_at", "expires_at", "accepted_at"),
    delete=True,
))  # fmt: skip
register(Source(
    "accounts.SessionRecord", _("Signed-in sessions"), by_user, ("created_at",), delete=True,
    audit=False,
))  # fmt: skip
# Two-factor devices hold secrets: shown by name only, deleted on erasure.
register(Source(
    "otp_totp.TOTPDevice", _("Authenticator apps"), by_user, ("name", "confirmed"), delete=True,
))  # fmt: skip
register(Source(
    "otp_static.StaticDevice", _("Recovery codes"), by_user, ("name", "confirmed"), delete=True,
))  # fmt: skip
