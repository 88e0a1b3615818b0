"""Role groups: made by a migration, rights granted after migrate; only admins manage users."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from atnet.accounts import roles
from atnet.accounts.permissions import COORDINATOR_PERMISSIONS
from atnet.network.models import Role
from atnet.network.tests.factories import MembershipFactory, OrganisationFactory, UserFactory

PERSONAL_DATA_APPS = ["network", "meetings", "trainings", "support", "accounts", "core", "privacy"]
USER_ADMIN_PATHS = [
    "/admin/users/",
    "/admin/users/new/",
    "/admin/groups/",
    "/admin/groups/new/",
]


def _member_of(group_name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group_name))
    return type(user).objects.get(pk=user.pk)


def _codenames(group_name):
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def _page_codenames(group_name):
    root = Page.get_first_root_node()
    grants = GroupPagePermission.objects.filter(group__name=group_name, page=root)
    return {grant.permission.codename for grant in grants}


def test_every_role_group_exists(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert set(roles.ROLE_GROUPS) <= names


def test_only_the_administrator_group_may_write_users_groups_or_permissions(db):
    holders = (
        Permission.objects.filter(content_type__app_label="auth")
        .exclude(codename__startswith="view_")
        .values_list("group__name", flat=True)
    )
    assert set(holders) - {None} == {roles.ADMINISTRATOR_GROUP}
    admin = _codenames(roles.ADMINISTRATOR_GROUP)
    for codename in ("add_user", "change_user", "delete_user", "add_group", "change_group",
                     "change_permission"):  # fmt: skip
        assert f"auth.{codename}" in admin


def test_the_coordinator_keeps_its_permissions_and_nothing_on_accounts_of_others(db):
    held = _codenames(roles.COORDINATOR_GROUP)
    assert {f"{app}.{codename}" for app, codename in COORDINATOR_PERMISSIONS} <= held
    assert not {name for name in held if name.startswith("auth.")}


def test_editors_edit_and_publish_pages_but_hold_no_personal_data_model(db):
    held = _codenames(roles.EDITOR_GROUP)
    assert "wagtailadmin.access_admin" in held
    assert not {name for name in held if name.split(".")[0] in PERSONAL_DATA_APPS + ["auth"]}
    assert {"add_page", "change_page", "publish_page"} <= _page_codenames(roles.EDITOR_GROUP)
    editor = _member_of(roles.EDITOR_GROUP)
    assert editor.has_perm("wagtailadmin.access_admin")
    assert not editor.has_perm("network.view_person")


def test_translators_submit_translations_but_may_not_publish(db):
    held = _codenames(roles.TRANSLATOR_GROUP)
    assert {"wagtailadmin.access_admin", "wagtail_localize.submit_translation"} <= held
    pages = _page_codenames(roles.TRANSLATOR_GROUP)
    assert "change_page" in pages
    assert "publish_page" not in pages


@pytest.mark.parametrize("group_name", [roles.FOCAL_POINT_GROUP, roles.MEMBER_GROUP])
def test_workspace_roles_do_not_get_the_admin(client, db, group_name):
    assert not Group.objects.get(name=group_name).permissions.exists()
    client.force_login(_member_of(group_name))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
    # Not sent back to the admin (which would loop): refused, with a way on.
    refused = client.get(response["Location"])
    assert refused.status_code == 403
    assert reverse("network:workspace") in refused.content.decode()


def test_role_groups_follow_the_membership_role(db):
    organisation, other = OrganisationFactory(), OrganisationFactory()
    membership = MembershipFactory(organisation=organisation, role=Role.MEMBER)
    user = membership.user
    assert set(user.groups.values_list("name", flat=True)) == {roles.MEMBER_GROUP}
    membership.role = Role.FOCAL_POINT
    membership.save()
    assert set(user.groups.values_list("name", flat=True)) == {roles.FOCAL_POINT_GROUP}
    MembershipFactory(user=user, organisation=other, role=Role.MEMBER)
    assert set(user.groups.values_list("name", flat=True)) == {
        roles.FOCAL_POINT_GROUP,
        roles.MEMBER_GROUP,
    }
    membership.delete()
    assert set(user.groups.values_list("name", flat=True)) == {roles.MEMBER_GROUP}


def test_deleting_a_user_with_memberships_works(db):
    user = MembershipFactory(role=Role.FOCAL_POINT).user
    user.delete()
    assert not type(user).objects.filter(pk=user.pk).exists()


@pytest.mark.parametrize("path", USER_ADMIN_PATHS)
@pytest.mark.parametrize("group_name", [roles.COORDINATOR_GROUP, roles.EDITOR_GROUP,
                                        roles.TRANSLATOR_GROUP])  # fmt: skip
def test_staff_other_than_administrators_cannot_reach_user_or_group_admin(
    client, db, path, group_name
):
    client.force_login(_member_of(group_name))
    response = client.get(path)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert not response["Location"].startswith(path)
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("path", USER_ADMIN_PATHS)
def test_administrators_reach_user_and_group_admin(client, db, path):
    client.force_login(_member_of(roles.ADMINISTRATOR_GROUP))
    assert client.get(path).status_code == 200


def test_a_coordinator_cannot_create_a_user_by_posting_to_the_admin(client, db):
    client.force_login(_member_of(roles.COORDINATOR_GROUP))
    client.post(
        "/admin/users/new/",
        {"username": "intruder", "email": "i@example.org", "password1": "x-Very-long-9",
         "password2": "x-Very-long-9"},
    )  # fmt: skip
    assert not get_user_model().objects.filter(username="intruder").exists()


def test_focal_points_and_staff_need_two_factor_members_do_not(db):
    member = MembershipFactory(role=Role.MEMBER).user
    focal = MembershipFactory(role=Role.FOCAL_POINT).user
    assert not roles.two_factor_required(member)
    assert roles.two_factor_required(type(focal).objects.get(pk=focal.pk))
    for name in (roles.ADMINISTRATOR_GROUP, roles.COORDINATOR_GROUP, roles.EDITOR_GROUP,
                 roles.TRANSLATOR_GROUP):  # fmt: skip
        assert roles.two_factor_required(_member_of(name))
    assert roles.two_factor_required(UserFactory(is_superuser=True))
