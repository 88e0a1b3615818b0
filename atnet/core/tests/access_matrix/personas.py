"""The personas of the matrix, in the order of the table's columns.

Roles are the groups of atnet.accounts (created by a migration); a group that
is not there yet is created here with the permissions the role is meant to have,
so the matrix runs the same before and after that migration.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from atnet.accounts import roles
from atnet.network.models import Role
from atnet.network.tests.factories import MembershipFactory, UserFactory

PERSONAS = ("anon", "member_a", "focal_a", "focal_b", "editor", "coord", "admin")
# Staff sign in with a second factor when two-factor sign-in is required.
STAFF = ("editor", "coord", "admin")
# A coordinator who has signed in with a password only (two-factor sign-in required).
COORD_NO_2FA = "coord_no2fa"

EDITOR_GROUP = getattr(roles, "EDITOR_GROUP", "editor")
COORDINATOR_GROUP = getattr(roles, "COORDINATOR_GROUP", "coordinator")


def users_create(org_a, org_b) -> dict:
    users = {"anon": None}
    users["member_a"] = _member(org_a, Role.MEMBER, "member-a")
    users["focal_a"] = _member(org_a, Role.FOCAL_POINT, "focal-a")
    users["focal_b"] = _member(org_b, Role.FOCAL_POINT, "focal-b")
    users["editor"] = UserFactory(username="editor")
    users["editor"].groups.add(_editor_group())
    users["coord"] = UserFactory(username="coord")
    users["coord"].groups.add(Group.objects.get_or_create(name=COORDINATOR_GROUP)[0])
    users["coord_no2fa"] = UserFactory(username="coord-no2fa")
    users["coord_no2fa"].groups.add(Group.objects.get(name=COORDINATOR_GROUP))
    users["admin"] = UserFactory(username="admin", is_superuser=True, is_staff=True)
    return users


def _member(organisation, role, username):
    return MembershipFactory(organisation=organisation, role=role, user__username=username).user


def _editor_group() -> Group:
    group, created = Group.objects.get_or_create(name=EDITOR_GROUP)
    if created:  # until the roles migration provides it: pages, images and documents
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        root = Page.get_first_root_node()
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(
                group=group, page=root, permission=Permission.objects.get(codename=codename)
            )
        collection = Collection.get_first_root_node()
        for codename in ("add_image", "change_image", "choose_image"):
            GroupCollectionPermission.objects.create(
                group=group,
                collection=collection,
                permission=Permission.objects.get(codename=codename),
            )
        for codename in ("add_document", "change_document", "choose_document"):
            GroupCollectionPermission.objects.create(
                group=group,
                collection=collection,
                permission=Permission.objects.get(codename=codename),
            )
    return group
