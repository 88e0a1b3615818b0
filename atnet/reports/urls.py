from django.urls import path

from . import views

app_name = "reports"

# Mounted inside i18n_patterns: /ro/workspace/reports/, /en/..., /ru/...
urlpatterns = [
    path("workspace/reports/", views.dashboard_view, name="dashboard"),
    path("workspace/reports/records/<slug:slug>/", views.records_view, name="records"),
    path("workspace/reports/export/<slug:slug>.<str:fmt>", views.export_view, name="export"),
    path("workspace/reports/annual-report.pdf", views.annual_report_view, name="annual_report"),
]
