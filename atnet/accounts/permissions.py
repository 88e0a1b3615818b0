"""What each staff role may do in the Wagtail admin, granted after every migrate.

Permissions appear app by app as migrations run, so `roles_permissions_ensure`
runs after each app's migrate and adds whatever exists by then. Only the
administrator group holds permissions on users, groups and permissions
(`auth.*`): no other role can create accounts or grant rights.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from .roles import (
    ADMINISTRATOR_GROUP,
    COORDINATOR_GROUP,
    EDITOR_GROUP,
    ROLE_GROUPS,
    TRANSLATOR_GROUP,
)

# What a coordinator may manage in the Wagtail admin, by app: every permission
# (add, change, delete, view) on these models, plus reaching the admin at all.
COORDINATOR_MODELS = {
    "network": ["organisation", "person", "membership", "activity"],
    "meetings": ["series", "committeesession"],
    "trainings": ["course", "session", "trainer"],
    "support": ["equipment", "material", "materialfile", "distribution", "conference",
                "conferenceparticipation"],
    "actionplans": ["plan", "objective", "measure", "indicator", "reportingperiod"],
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
# Editors: pages, images and documents; no model holding personal data.
EDITOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
# Translators: submit and edit translations; they may not publish pages.
TRANSLATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
TRANSLATOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
]

GROUP_PERMISSIONS = {
    COORDINATOR_GROUP: COORDINATOR_PERMISSIONS,
    EDITOR_GROUP: EDITOR_PERMISSIONS,
    TRANSLATOR_GROUP: TRANSLATOR_PERMISSIONS,
}
PAGE_PERMISSIONS = {
    EDITOR_GROUP: EDITOR_PAGE_PERMISSIONS,
    TRANSLATOR_GROUP: TRANSLATOR_PAGE_PERMISSIONS,
}
COLLECTION_PERMISSIONS = {
    EDITOR_GROUP: EDITOR_COLLECTION_PERMISSIONS,
    TRANSLATOR_GROUP: TRANSLATOR_COLLECTION_PERMISSIONS,
}


def _permissions(pairs) -> list[Permission]:
    wanted = Q()
    for app_label, codename in pairs:
        wanted |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(wanted)) if pairs else []


def roles_permissions_ensure(**kwargs) -> None:
    """Create the role groups and add what each may do; never removes a permission."""
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_GROUPS}
    groups[ADMINISTRATOR_GROUP].permissions.add(*Permission.objects.all())
    for name, pairs in GROUP_PERMISSIONS.items():
        groups[name].permissions.add(*_permissions(pairs))
    _tree_permissions_ensure(groups)


def _tree_permissions_ensure(groups) -> None:
    """Page rights on the whole page tree, image and document rights in every collection."""
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    page_root = Page.get_first_root_node()
    collection_root = Collection.get_first_root_node()
    admin_pages = [*EDITOR_PAGE_PERMISSIONS, "bulk_delete_page"]
    page_grants = {ADMINISTRATOR_GROUP: admin_pages, **PAGE_PERMISSIONS}
    if page_root is not None:
        for name, codenames in page_grants.items():
            for permission in _permissions([("wagtailcore", c) for c in codenames]):
                GroupPagePermission.objects.get_or_create(
                    group=groups[name], page=page_root, permission=permission
                )
    collection_grants = {
        ADMINISTRATOR_GROUP: EDITOR_COLLECTION_PERMISSIONS
        + [("wagtailimages", "delete_image"), ("wagtaildocs", "delete_document")],
        **COLLECTION_PERMISSIONS,
    }
    if collection_root is not None:
        for name, pairs in collection_grants.items():
            for permission in _permissions(pairs):
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name], collection=collection_root, permission=permission
                )
