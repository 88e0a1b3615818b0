from django.contrib.auth.models import Group, Permission
from django.contrib.auth.signals import user_logged_in
from django.db.models import Q
from django.dispatch import receiver

from .roles import COORDINATOR_GROUP


@receiver(user_logged_in)
def _record_session(sender, request, user, **kwargs):
    from .services import session_record

    session_record(user=user, session_key=request.session.session_key)


# What a coordinator may manage in the Wagtail admin, by app: every permission
# (add, change, delete, view) on these models, plus reaching the admin at all.
COORDINATOR_MODELS = {
    "network": ["organisation", "person", "membership", "activity"],
    "meetings": ["series", "committeesession"],
    "trainings": ["course", "session", "trainer"],
    "support": ["equipment", "material", "materialfile", "distribution", "conference",
                "conferenceparticipation"],
}  # fmt: skip
COORDINATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("accounts", "add_invitation"),
    ("accounts", "view_invitation"),
    *[
        (app_label, f"{verb}_{model}")
        for app_label, models in COORDINATOR_MODELS.items()
        for model in models
        for verb in ("add", "change", "delete", "view")
    ],
]


def coordinator_permissions_ensure(**kwargs) -> None:
    """Run after each app's migrate: permissions appear app by app, so check every time.

    Three queries, whatever is already granted (add() skips what exists).
    """
    group, _created = Group.objects.get_or_create(name=COORDINATOR_GROUP)
    wanted = Q()
    for app_label, codename in COORDINATOR_PERMISSIONS:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    group.permissions.add(*Permission.objects.filter(wanted))
