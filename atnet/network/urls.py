from django.urls import path

from .views import organisations, workspace

app_name = "network"

# Mounted inside i18n_patterns: /ro/workspace/..., /en/workspace/..., /ru/workspace/...
# The public directory is a Wagtail page (NetworkDirectoryPage), not listed here.
urlpatterns = [
    path("workspace/", workspace.home, name="workspace"),
    path("workspace/activities/", workspace.activity_list, name="activity_list"),
    path(
        "workspace/activities/export.<str:fmt>",
        workspace.activity_export,
        name="activity_export",
    ),
    path("workspace/activities/new/", workspace.activity_create, name="activity_create"),
    path("workspace/activities/<int:pk>/", workspace.activity_detail, name="activity_detail"),
    path("workspace/activities/<int:pk>/edit/", workspace.activity_edit, name="activity_edit"),
    path(
        "workspace/activities/<int:pk>/delete/", workspace.activity_delete, name="activity_delete"
    ),
    path("workspace/regions/<str:code>/", workspace.region, name="region"),
    path("workspace/organisations/", organisations.organisation_list, name="organisation_list"),
    path(
        "workspace/organisations/<int:pk>/",
        organisations.organisation_detail,
        name="organisation_detail",
    ),
    path(
        "workspace/organisations/<int:pk>/edit/",
        organisations.organisation_edit,
        name="organisation_edit",
    ),
    path("workspace/organisations/<int:pk>/people/", organisations.people, name="people"),
    path(
        "workspace/organisations/<int:pk>/people/new/",
        organisations.person_edit,
        name="person_create",
    ),
    path(
        "workspace/organisations/<int:pk>/people/<int:person_pk>/edit/",
        organisations.person_edit,
        name="person_edit",
    ),
]
