from django.urls import path

from . import views

app_name = "projects"

# Mounted inside i18n_patterns (/ro/, /en/, /ru/); these paths come before
# Wagtail's pages, so the projects index page must not have children named so.
urlpatterns = [
    path("projects/region/<str:code>/", views.region, name="region"),
    path("projects/iati-activities.xml", views.iati_export, name="iati"),
]
