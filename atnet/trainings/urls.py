from django.urls import path

from .views import evaluation, importer, public, workspace

app_name = "trainings"

# Mounted inside i18n_patterns: /ro/trainings/verify/, /ro/workspace/trainings/, ...
urlpatterns = [
    path("trainings/verify/", public.verify, name="verify"),
    path("trainings/verify/<str:code>/", public.verify, name="verify_code"),
    path("trainings/evaluation/<str:token>/", evaluation.evaluation_self, name="evaluation_self"),
    path("workspace/trainings/", workspace.home, name="workspace"),
    path("workspace/trainings/sessions/<int:pk>/", workspace.session_detail, name="session"),
    path(
        "workspace/trainings/sessions/<int:pk>/announce/",
        workspace.session_announce,
        name="session_announce",
    ),
    path("workspace/trainings/sessions/<int:pk>/nominate/", workspace.nominate, name="nominate"),
    path("workspace/trainings/enrolments/<int:pk>/decide/", workspace.decide, name="decide"),
    path("workspace/trainings/enrolments/<int:pk>/record/", workspace.record, name="record"),
    path(
        "workspace/trainings/enrolments/<int:pk>/evaluation/",
        workspace.evaluation,
        name="evaluation",
    ),
    path(
        "workspace/trainings/enrolments/<int:pk>/certificate/",
        workspace.certificate_issue,
        name="certificate_issue",
    ),
    path(
        "workspace/trainings/certificates/<int:pk>.pdf",
        workspace.certificate_download,
        name="certificate_pdf",
    ),
    path(
        "workspace/trainings/certificates/<int:pk>/revoke/",
        workspace.certificate_revoke,
        name="certificate_revoke",
    ),
    path("workspace/trainings/participants/", workspace.participants, name="participants"),
    path(
        "workspace/trainings/participants/<int:pk>/",
        workspace.participant_detail,
        name="participant",
    ),
    path(
        "workspace/trainings/participants/<int:pk>/merge/",
        workspace.participant_merge,
        name="participant_merge",
    ),
    path("workspace/trainings/import/", importer.upload, name="import"),
    path("workspace/trainings/import/confirm/", importer.confirm, name="import_confirm"),
    path("workspace/trainings/figures/", workspace.figures, name="figures"),
]
