from django.urls import path

from .views import coordinator, importer, public, workspace

app_name = "actionplans"

# Mounted inside i18n_patterns: /ro/..., /en/..., /ru/...
WS = "workspace/action-plans/"
urlpatterns = [
    path("action-plans/", public.plan_list, name="plans"),
    path("action-plans/<slug:slug>/", public.plan_detail, name="plan"),
    path(WS, workspace.home, name="workspace"),
    path(f"{WS}<int:period_pk>/measures/<int:measure_pk>/", workspace.report, name="report"),
    path(f"{WS}files/<int:pk>/", workspace.evidence_download, name="evidence"),
    path(f"{WS}summaries/<int:pk>/", workspace.summary_download, name="summary_file"),
    path(f"{WS}periods/<int:pk>/", coordinator.overview, name="overview"),
    path(f"{WS}periods/<int:pk>/chase/", coordinator.chase, name="chase"),
    path(f"{WS}periods/<int:pk>/report.<str:fmt>", coordinator.compiled, name="compiled"),
    path(f"{WS}periods/<int:pk>/summary.pdf", coordinator.summary, name="summary"),
    path(f"{WS}periods/<int:pk>/summary/attach/", coordinator.attach, name="attach"),
    path(f"{WS}reports/<int:pk>/reopen/", coordinator.reopen, name="reopen"),
    path(f"{WS}reports/<int:pk>/publish/", coordinator.publish, name="publish"),
    path(f"{WS}import/", importer.upload, name="import"),
    path(f"{WS}import/confirm/", importer.confirm, name="import_confirm"),
]
