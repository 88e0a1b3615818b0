"""Writes for accounts: invitations, sign-up by invitation, sessions."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from atnet.core.services import log_action
from atnet.network.services import member_person_ensure, membership_save

from .models import INVITATION_LIFETIME, Invitation, SessionRecord
from .tasks import email_send

_SALT = "atnet.accounts.invitation"


def invitation_token(invitation: Invitation) -> str:
    return signing.dumps(invitation.pk, salt=_SALT)


def invitation_from_token(token: str) -> Invitation | None:
    """The invitation a link names, if the signature is good and it can still be used."""
    try:
        pk = signing.loads(token, salt=_SALT, max_age=INVITATION_LIFETIME)
    except signing.BadSignature:
        return None
    invitation = Invitation.objects.select_related("organisation").filter(pk=pk).first()
    return invitation if invitation and invitation.is_usable else None


def invitation_link(invitation: Invitation) -> str:
    with translation.override(invitation.language):
        path = reverse("accounts:invitation_accept", args=[invitation_token(invitation)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def invitation_create(*, actor, email: str, organisation, role: str, language: str) -> Invitation:
    invitation = Invitation(
        email=email.strip().lower(),
        organisation=organisation,
        role=role,
        language=language,
        invited_by=actor,
    )
    invitation.full_clean()
    invitation.save()
    log_action(actor=actor, action="accounts.invitation.create", obj=invitation)
    _invitation_email(invitation)
    return invitation


def _invitation_email(invitation: Invitation) -> None:
    context = {"invitation": invitation, "link": invitation_link(invitation)}
    with translation.override(invitation.language):
        subject = render_to_string("accounts/email/invitation_subject.txt", context).strip()
        body = render_to_string("accounts/email/invitation.txt", context)
    email_send.enqueue(subject=subject, body=body, to=[invitation.email])


@transaction.atomic
def invitation_accept(*, invitation: Invitation, first_name: str, last_name: str, password: str):
    """Create the account (or reuse the one with this email) and the membership; once only."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_usable:
        raise ValueError("invitation already used or expired")
    user = _user_for_email(invitation.email, first_name, last_name, password)
    membership_save(
        actor=user, user=user, organisation=invitation.organisation, role=invitation.role
    )
    # Her own person record: she answers meeting invitations for herself.
    member_person_ensure(actor=user, user=user, organisation=invitation.organisation)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    log_action(actor=user, action="accounts.invitation.accept", obj=invitation)
    return user


def _user_for_email(email: str, first_name: str, last_name: str, password: str):
    user_model = get_user_model()
    user = user_model.objects.filter(email__iexact=email).first()
    if user is not None:
        return user
    user = user_model(username=email, email=email, first_name=first_name, last_name=last_name)
    user.set_password(password)
    user.full_clean()
    user.save()
    return user


def session_record(*, user, session_key: str | None) -> None:
    if session_key:
        SessionRecord.objects.get_or_create(user=user, session_key=session_key)


def sessions_end_all(*, user, reason: str = "sign_out_everywhere") -> int:
    """Sign the user out of every browser and device where they are signed in."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    records = list(SessionRecord.objects.filter(user=user))
    for record in records:
        store(session_key=record.session_key).delete()
    SessionRecord.objects.filter(pk__in=[record.pk for record in records]).delete()
    if reason == "deactivated":
        if records:  # saving an account that is already inactive is not an event
            log_action(actor=None, action="accounts.sessions.end_deactivated", obj=user)
    else:
        log_action(actor=user, action="accounts.sessions.end_all", obj=user)
    return len(records)
