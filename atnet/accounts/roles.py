"""The roles of the platform, as Django groups, and who must use two-factor sign-in.

Staff roles (administrator, coordinator, editor, translator) are groups whose
permissions are granted in `permissions.py`. Focal point and member are roles
in the members' workspace: the groups mirror `network.Membership.role` (kept
in step by a signal) and carry no admin permission; the workspace itself
decides from the memberships what each may see.

Coordinators (programme staff) are the members of the group "coordinator";
superusers count as coordinators too. A group, not is_staff, because editors
who use the Wagtail admin for pages are staff but must not see every
organisation's members-only data.
"""

from django.contrib.auth.models import AnonymousUser, Group

# Group names are stored in the database: never rename them.
ADMINISTRATOR_GROUP = "administrator"
COORDINATOR_GROUP = "coordinator"
EDITOR_GROUP = "editor"
TRANSLATOR_GROUP = "translator"
FOCAL_POINT_GROUP = "focal point"
MEMBER_GROUP = "member"

ROLE_GROUPS = (
    ADMINISTRATOR_GROUP,
    COORDINATOR_GROUP,
    EDITOR_GROUP,
    TRANSLATOR_GROUP,
    FOCAL_POINT_GROUP,
    MEMBER_GROUP,
)
# Roles that must sign in with a second factor: they reach the admin or edit
# other people's records (a focal point edits their organisation's people).
TWO_FACTOR_GROUPS = (
    ADMINISTRATOR_GROUP,
    COORDINATOR_GROUP,
    EDITOR_GROUP,
    TRANSLATOR_GROUP,
    FOCAL_POINT_GROUP,
)


def _signed_in(user) -> bool:
    return not isinstance(user, AnonymousUser) and user.is_authenticated and user.is_active


def is_coordinator(user) -> bool:
    if not _signed_in(user):
        return False
    if user.is_superuser:
        return True
    # Cached on the user object: templates and views ask several times per request.
    if not hasattr(user, "_atnet_is_coordinator"):
        user._atnet_is_coordinator = user.groups.filter(name=COORDINATOR_GROUP).exists()
    return user._atnet_is_coordinator


def two_factor_required(user) -> bool:
    """Whether `user` must have passed a second factor before the admin or personal data."""
    if not _signed_in(user):
        return False
    if user.is_superuser or user.is_staff:
        return True
    if not hasattr(user, "_atnet_two_factor_required"):
        from atnet.network.models import Membership, Role

        user._atnet_two_factor_required = (
            user.groups.filter(name__in=TWO_FACTOR_GROUPS).exists()
            or Membership.objects.filter(user=user, role=Role.FOCAL_POINT).exists()
            or user.has_perm("wagtailadmin.access_admin")
        )
    return user._atnet_two_factor_required


def membership_groups_sync(user, add: bool = True) -> None:
    """Put `user` in the focal point and member groups exactly as their memberships say.

    With add=False only takes groups away (used while memberships are deleted).
    """
    from atnet.network.models import Membership, Role

    roles = set(Membership.objects.filter(user=user).values_list("role", flat=True))
    wanted = {FOCAL_POINT_GROUP: Role.FOCAL_POINT in roles, MEMBER_GROUP: Role.MEMBER in roles}
    groups = {group.name: group for group in Group.objects.filter(name__in=wanted)}
    for name, belongs in wanted.items():
        group = groups.get(name)
        if group is None:
            continue
        if belongs and add:
            user.groups.add(group)
        elif not belongs:
            user.groups.remove(group)
