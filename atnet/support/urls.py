from django.urls import path

from . import views

app_name = "support"

# Mounted inside i18n_patterns. Files are only ever served by these views,
# never from MEDIA_URL (they are stored outside MEDIA_ROOT).
urlpatterns = [
    path(
        "materials/<slug:slug>/<str:language>/",
        views.material_file,
        name="material_file",
    ),
    path("workspace/support/", views.workspace, name="workspace"),
    path(
        "workspace/support/equipment/<int:pk>/document/",
        views.equipment_document,
        name="equipment_document",
    ),
]
