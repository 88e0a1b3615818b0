from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from atnet.network.models import Membership

from .permissions import COORDINATOR_MODELS, COORDINATOR_PERMISSIONS, roles_permissions_ensure  # noqa: F401
from .roles import membership_groups_sync


@receiver(user_logged_in)
def _record_session(sender, request, user, **kwargs):
    from .services import session_record

    session_record(user=user, session_key=request.session.session_key)


def coordinator_permissions_ensure(**kwargs) -> None:
    """Kept under its first name (shared test fixtures call it): ensures every role's rights."""
    roles_permissions_ensure(**kwargs)


@receiver(post_save, sender=Membership)
def _membership_groups_follow(sender, instance, **kwargs):
    membership_groups_sync(instance.user)


@receiver(post_delete, sender=Membership)
def _membership_groups_follow_removal(sender, instance, **kwargs):
    # Only removes: the user may be being deleted with their memberships.
    user_model = get_user_model()
    user = user_model.objects.filter(pk=instance.user_id).first()
    if user is not None:
        membership_groups_sync(user, add=False)


@receiver(post_save, sender=get_user_model())
def _deactivated_user_signed_out(sender, instance, created, **kwargs):
    """A deactivated account loses every open session at once, not at their next request."""
    if created or instance.is_active:
        return
    from .services import sessions_end_all

    sessions_end_all(user=instance, reason="deactivated")
