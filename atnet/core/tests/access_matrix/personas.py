"""The personas of the matrix, in the order of the table's columns.

Staff roles are the groups created by atnet.accounts' migration; focal point
and member are network.Membership roles (the matching groups follow them). The
administrator is a superuser.
"""

from django.contrib.auth.models import Group

from atnet.accounts.roles import COORDINATOR_GROUP, EDITOR_GROUP
from atnet.network.models import Role
from atnet.network.tests.factories import MembershipFactory, UserFactory

PERSONAS = ("anon", "member_a", "focal_a", "focal_b", "editor", "coord", "admin")
# A coordinator who has signed in with a password only (two-factor sign-in required).
COORD_NO_2FA = "coord_no2fa"


def users_create(org_a, org_b) -> dict:
    users = {"anon": None}
    users["member_a"] = _member(org_a, Role.MEMBER, "member-a")
    users["focal_a"] = _member(org_a, Role.FOCAL_POINT, "focal-a")
    users["focal_b"] = _member(org_b, Role.FOCAL_POINT, "focal-b")
    users["editor"] = _staff(EDITOR_GROUP, "editor")
    users["coord"] = _staff(COORDINATOR_GROUP, "coord")
    users[COORD_NO_2FA] = _staff(COORDINATOR_GROUP, "coord-no2fa")
    users["admin"] = UserFactory(username="admin", is_superuser=True, is_staff=True)
    return users


def _member(organisation, role, username):
    return MembershipFactory(organisation=organisation, role=role, user__username=username).user


def _staff(group_name: str, username: str):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=group_name))
    return user
