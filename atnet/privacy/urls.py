from django.urls import path

from . import views

app_name = "privacy"

# Mounted inside i18n_patterns: /ro/workspace/privacy/, /en/..., /ru/...
urlpatterns = [
    path("workspace/privacy/", views.home, name="home"),
    path("workspace/privacy/export.<str:fmt>", views.export, name="export"),
    path("workspace/privacy/erase/", views.erase, name="erase"),
    path("workspace/privacy/audit-log/", views.audit_log, name="audit_log"),
]
