# ruff: noqa: E501 - a table: one URL pattern per line reads better than wrapped rows
"""The expected outcome of every URL pattern for every persona.

Columns (personas, see personas.py):
  anon         not signed in
  member_a     member of organisation A
  focal_a      focal point of A
  focal_b      focal point of B (every object in the URLs belongs to A)
  editor       group "editor" (pages, images, documents in the Wagtail admin)
  coord        group "coordinator"
  admin        superuser
  coord_no2fa  coordinator signed in without a second factor (only while two-factor
               sign-in is required; see test_access_matrix.py)

Outcomes (outcomes.py): ok, moved (another redirect), login, deny (the Wagtail
admin's "no permission" redirect to its dashboard), 2fa (sent to two-factor
enrolment), or the status code: 400, 403, 404, 405, 500.

A new URL pattern must get a row here, after checking what each persona should
get; ATNET_ACCESS_MATRIX_OBSERVED=<dir> makes the test write what it observed.
"""

from .patterns import LANG

COLUMNS = ("anon", "member_a", "focal_a", "focal_b", "editor", "coord", "admin", "coord_no2fa")

# Views that serve uploaded files: they must carry the sandboxing file policy.
FILE_KEYS = frozenset(
    {
        "documents/^(\\d+)/(.*)$",
        f"{LANG}workspace/meetings/<int:pk>/files/<int:attachment_pk>/",
        f"{LANG}materials/<slug:slug>/<str:language>/",
        f"{LANG}workspace/support/equipment/<int:pk>/document/",
        "admin/images/<int:image_id>/preview/<str:filter_spec>/",
        f"{LANG}workspace/action-plans/files/<int:pk>/",
        f"{LANG}workspace/action-plans/summaries/<int:pk>/",
    }
)

# Previews of pages render the site's own templates, which need the public
# policy's nonces; they carry it even under /admin/.
PREVIEW_KEYS = frozenset(
    {
        "admin/pages/<int:page_id>/view_draft/",
        "admin/pages/<int:page_id>/revisions/<int:revision_id>/view/",
        "admin/pages/workflow/preview/<int:page_id>/<int:task_id>/",
        "admin/localize/translate/<int:translation_id>/preview/",
        "admin/localize/translate/<int:translation_id>/preview/<str:mode>/",
    }
)

# The link itself is the credential (emailed answer or evaluation link, secret
# calendar address, the code printed on a certificate): whoever holds it may
# read what it is about, A's person included.
SECRET_LINK_KEYS = frozenset(
    {
        f"{LANG}meetings/answer/<str:token>/",
        f"{LANG}meetings/calendar/<str:token>.ics",
        f"{LANG}trainings/evaluation/<str:token>/",
        f"{LANG}trainings/verify/<str:code>/",
    }
)

# Wagtail's admin logout deletes the session cookie even when it refuses a GET
# (405): the server session stays valid, the browser is signed out. Upstream
# behaviour, noted here; the matrix signs the persona in again.
DROPS_SESSION_COOKIE = frozenset({"admin/logout/"})

TABLE = r"""
# pattern                                                                                                 anon     member_a focal_a  focal_b  editor   coord    admin    coord_no2fa
# --- Health, sitemap, the public API (django-ninja)
healthz                                                                                                   ok       ok       ok       ok       ok       ok       ok       ok
sitemap.xml                                                                                               ok       ok       ok       ok       ok       ok       ok       ok
robots.txt                                                                                                ok       ok       ok       ok       ok       ok       ok       ok
favicon.ico                                                                                               moved    moved    moved    moved    moved    moved    moved    moved
api/v1/openapi.json                                                                                       ok       ok       ok       ok       ok       ok       ok       ok
api/v1/docs                                                                                               ok       ok       ok       ok       ok       ok       ok       ok
api/v1/news                                                                                               ok       ok       ok       ok       ok       ok       ok       ok
api/v1/news/<news_id>                                                                                     404      404      404      404      404      404      404      404
api/v1/events                                                                                             ok       ok       ok       ok       ok       ok       ok       ok
api/v1/network/organisations                                                                              ok       ok       ok       ok       ok       ok       ok       ok
api/v1/network/organisations/<organisation_id>                                                            404      404      404      404      404      404      404      404
api/v1/network/activities                                                                                 ok       ok       ok       ok       ok       ok       ok       ok
api/v1/meetings                                                                                           ok       ok       ok       ok       ok       ok       ok       ok
api/v1/meetings/<meeting_id>                                                                              ok       ok       ok       ok       ok       ok       ok       ok
api/v1/trainings/courses                                                                                  ok       ok       ok       ok       ok       ok       ok       ok
api/v1/trainings/sessions                                                                                 ok       ok       ok       ok       ok       ok       ok       ok
api/v1/materials                                                                                          ok       ok       ok       ok       ok       ok       ok       ok
api/v1/legislation                                                                                        ok       ok       ok       ok       ok       ok       ok       ok
api/v1/legislation/<act_id>                                                                               404      404      404      404      404      404      404      404
api/v1/projects                                                                                           ok       ok       ok       ok       ok       ok       ok       ok
api/v1/projects/domains                                                                                   ok       ok       ok       ok       ok       ok       ok       ok
api/v1/projects/iati-activities.xml                                                                       ok       ok       ok       ok       ok       ok       ok       ok
api/v1/projects/<project_id>                                                                              404      404      404      404      404      404      404      404
api/v1/action-plans                                                                                       ok       ok       ok       ok       ok       ok       ok       ok
api/v1/action-plans/<plan_id>                                                                             ok       ok       ok       ok       ok       ok       ok       ok
api/v1/glossary                                                                                           ok       ok       ok       ok       ok       ok       ok       ok
api/v1/glossary/<term_id>                                                                                 404      404      404      404      404      404      404      404
api/v1/help-services                                                                                      ok       ok       ok       ok       ok       ok       ok       ok
api/v1/help-services/<service_id>                                                                         404      404      404      404      404      404      404      404
api/v1/figures                                                                                            ok       ok       ok       ok       ok       ok       ok       ok
api/v1/                                                                                                   404      404      404      404      404      404      404      404
# --- Wagtail admin (pages, previews, revisions, history, copy, move, bulk actions, workflows, choosers, reports, exports, localize, users, settings)
admin/                                                                                                    login    login    login    login    ok       ok       ok       2fa
admin/test404/                                                                                            login    login    login    login    ok       ok       ok       2fa
admin/api/main/^pages/                                                                                    login    login    login    login    ok       ok       ok       2fa
admin/api/main/^pages/<int:pk>/                                                                           login    login    login    login    ok       404      ok       2fa
admin/api/main/^pages/find/                                                                               login    login    login    login    moved    404      moved    2fa
admin/api/main/^pages/<int:pk>/action/<str:action_name>/                                                  login    login    login    login    405      405      405      2fa
admin/api/main/^documents/                                                                                login    login    login    login    ok       ok       ok       2fa
admin/api/main/^documents/<int:pk>/                                                                       login    login    login    login    ok       ok       ok       2fa
admin/api/main/^documents/find/                                                                           login    login    login    login    moved    moved    moved    2fa
admin/api/main/^images/                                                                                   login    login    login    login    ok       ok       ok       2fa
admin/api/main/^images/<int:pk>/                                                                          login    login    login    login    ok       ok       ok       2fa
admin/api/main/^images/find/                                                                              login    login    login    login    moved    moved    moved    2fa
admin/failwhale/                                                                                          login    login    login    login    500      500      500      2fa
admin/pages/                                                                                              login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:parent_page_id>/                                                                         login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:parent_page_id>/results/                                                                 login    login    login    login    ok       deny     ok       2fa
admin/bulk/<str:app_label>/<str:model_name>/<str:action>/                                                 login    login    login    login    ok       ok       ok       2fa
admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/         login    login    login    login    ok       deny     ok       2fa
admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/preview/ login    login    login    login    ok       deny     ok       2fa
admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/                            login    login    login    login    ok       deny     ok       2fa
admin/pages/create/<slug:app_label>/<slug:model_name>                                                     login    login    login    login    ok       ok       ok       2fa
admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/                    login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/usage/                                                                          login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/edit/                                                                           login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/edit/preview/                                                                   login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/view_draft/                                                                     login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:parent_page_id>/add_subpage/                                                             login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/delete/                                                                         login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/unpublish/                                                                      login    login    login    login    deny     deny     ok       2fa
admin/pages/<int:page_id>/convert_alias/                                                                  login    login    login    login    404      404      404      2fa
admin/pages/search/                                                                                       login    login    login    login    ok       deny     ok       2fa
admin/pages/search/results/                                                                               login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_to_move_id>/move/                                                                   login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/                                      login    login    login    login    ok       ok       ok       2fa
admin/pages/<int:page_to_move_id>/set_position/                                                           login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/copy/                                                                           login    login    login    login    ok       deny     ok       2fa
admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/                         login    login    login    login    deny     deny     ok       2fa
admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/            login    login    login    login    deny     deny     ok       2fa
admin/pages/workflow/confirm_cancellation/<int:page_id>/                                                  login    login    login    login    ok       ok       ok       2fa
admin/pages/workflow/preview/<int:page_id>/<int:task_id>/                                                 login    login    login    login    deny     deny     ok       2fa
admin/pages/<int:page_id>/privacy/                                                                        login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/lock/                                                                           login    login    login    login    405      405      405      2fa
admin/pages/<int:page_id>/unlock/                                                                         login    login    login    login    405      405      405      2fa
admin/pages/<int:page_id>/revisions/                                                                      login    login    login    login    moved    moved    moved    2fa
admin/pages/<int:page_id>/revisions/<int:revision_id>/view/                                               login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/                                             login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/                                         login    login    login    login    ok       deny     ok       2fa
admin/pages/^(\d+)/revisions/compare/(live|earliest|\d+)\.\.\.(live|latest|\d+)/$                         login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/workflow_history/                                                               login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/                                login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/history/                                                                        login    login    login    login    ok       deny     ok       2fa
admin/pages/<int:page_id>/history/results/                                                                login    login    login    login    ok       deny     ok       2fa
admin/choose-page/                                                                                        login    login    login    login    ok       ok       ok       2fa
admin/choose-page/<int:parent_page_id>/                                                                   login    login    login    login    ok       ok       ok       2fa
admin/choose-page/search/                                                                                 login    login    login    login    ok       ok       ok       2fa
admin/choose-page/chosen-multiple/                                                                        login    login    login    login    ok       ok       ok       2fa
admin/choose-external-link/                                                                               login    login    login    login    ok       ok       ok       2fa
admin/choose-email-link/                                                                                  login    login    login    login    ok       ok       ok       2fa
admin/choose-phone-link/                                                                                  login    login    login    login    ok       ok       ok       2fa
admin/choose-anchor-link/                                                                                 login    login    login    login    ok       ok       ok       2fa
admin/tag-autocomplete/                                                                                   login    login    login    login    ok       ok       ok       2fa
admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/                                                 login    login    login    login    404      404      404      2fa
admin/collections/                                                                                        login    login    login    login    deny     deny     ok       2fa
admin/collections/add/                                                                                    login    login    login    login    deny     deny     ok       2fa
admin/collections/<int:pk>/                                                                               login    login    login    login    deny     deny     ok       2fa
admin/collections/<int:pk>/delete/                                                                        login    login    login    login    404      404      ok       2fa
admin/collections/<int:collection_id>/privacy/                                                            login    login    login    login    deny     deny     ok       2fa
admin/workflows/list/                                                                                     login    login    login    login    deny     deny     ok       2fa
admin/workflows/list/results/                                                                             login    login    login    login    deny     deny     ok       2fa
admin/workflows/add/                                                                                      login    login    login    login    deny     deny     ok       2fa
admin/workflows/enable/<int:pk>/                                                                          login    login    login    login    405      405      405      2fa
admin/workflows/disable/<int:pk>/                                                                         login    login    login    login    deny     deny     ok       2fa
admin/workflows/edit/<int:pk>/                                                                            login    login    login    login    deny     deny     ok       2fa
admin/workflows/usage/<int:pk>/                                                                           login    login    login    login    deny     deny     ok       2fa
admin/workflows/usage/<int:pk>/results/                                                                   login    login    login    login    deny     deny     ok       2fa
admin/workflows/remove/<int:page_pk>/                                                                     login    login    login    login    405      405      405      2fa
admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/                                                   login    login    login    login    405      405      405      2fa
admin/workflows/tasks/add/<str:app_label>/<str:model_name>/                                               login    login    login    login    deny     deny     ok       2fa
admin/workflows/tasks/select_type/                                                                        login    login    login    login    deny     deny     moved    2fa
admin/workflows/tasks/index/                                                                              login    login    login    login    deny     deny     ok       2fa
admin/workflows/tasks/index/results/                                                                      login    login    login    login    deny     deny     ok       2fa
admin/workflows/tasks/edit/<int:pk>/                                                                      login    login    login    login    deny     deny     ok       2fa
admin/workflows/tasks/disable/<int:pk>/                                                                   login    login    login    login    deny     deny     ok       2fa
admin/workflows/tasks/enable/<int:pk>/                                                                    login    login    login    login    405      405      405      2fa
admin/workflows/task_chooser/                                                                             login    login    login    login    ok       ok       ok       2fa
admin/workflows/task_chooser/results/                                                                     login    login    login    login    ok       ok       ok       2fa
admin/workflows/task_chooser/create/                                                                      login    login    login    login    ok       ok       ok       2fa
admin/workflows/task_chooser/<int:task_id>/                                                               login    login    login    login    ok       ok       ok       2fa
admin/reports/locked/                                                                                     login    login    login    login    ok       deny     ok       2fa
admin/reports/locked/results/                                                                             login    login    login    login    ok       deny     ok       2fa
admin/reports/workflow/                                                                                   login    login    login    login    ok       deny     ok       2fa
admin/reports/workflow/results/                                                                           login    login    login    login    ok       deny     ok       2fa
admin/reports/workflow_tasks/                                                                             login    login    login    login    ok       deny     ok       2fa
admin/reports/workflow_tasks/results/                                                                     login    login    login    login    ok       deny     ok       2fa
admin/reports/site-history/                                                                               login    login    login    login    ok       ok       ok       2fa
admin/reports/site-history/results/                                                                       login    login    login    login    ok       ok       ok       2fa
admin/reports/aging-pages/                                                                                login    login    login    login    ok       deny     ok       2fa
admin/reports/aging-pages/results/                                                                        login    login    login    login    ok       deny     ok       2fa
admin/reports/page-types-usage/                                                                           login    login    login    login    ok       deny     ok       2fa
admin/reports/page-types-usage/results/                                                                   login    login    login    login    ok       deny     ok       2fa
admin/account/                                                                                            login    login    login    login    ok       ok       ok       2fa
admin/logout/                                                                                             login    login    login    login    405      405      405      2fa
admin/dismissibles/                                                                                       login    login    login    login    ok       ok       ok       2fa
admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/            login    login    login    login    405      405      405      2fa
admin/editing-sessions/release/<int:session_id>/                                                          login    login    login    login    405      405      405      2fa
admin/block-preview/                                                                                      login    login    login    login    404      404      404      2fa
admin/translation-status/                                                                                 login    login    login    login    ok       ok       ok       2fa
admin/localize/jsi18n/                                                                                    login    login    login    login    ok       ok       ok       2fa
admin/localize/submit/page/<int:page_id>/                                                                 login    login    login    login    ok       deny     ok       2fa
admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/                                login    login    login    login    404      deny     404      2fa
admin/localize/update/<int:translation_source_id>/                                                        login    login    login    login    ok       deny     ok       2fa
admin/localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/                       login    login    login    login    405      405      405      2fa
admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/                login    login    login    login    405      405      405      2fa
admin/localize/translate/<int:translation_id>/pofile/download/                                            login    login    login    login    ok       deny     ok       2fa
admin/localize/translate/<int:translation_id>/pofile/upload/                                              login    login    login    login    405      405      405      2fa
admin/localize/translate/<int:translation_id>/machine_translate/                                          login    login    login    login    405      405      405      2fa
admin/localize/translate/<int:translation_id>/preview/                                                    login    login    login    login    ok       deny     ok       2fa
admin/localize/translate/<int:translation_id>/preview/<str:mode>/                                         login    login    login    login    404      deny     404      2fa
admin/localize/translate/<int:translation_id>/disable/                                                    login    login    login    login    405      405      405      2fa
admin/localize/page/<int:page_id>/convert_to_alias/                                                       login    login    login    login    404      deny     404      2fa
admin/localize/reports/translations/                                                                      login    login    login    login    ok       ok       ok       2fa
admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/                                           login    login    login    login    ok       ok       ok       2fa
admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/                                  login    login    login    login    ok       ok       ok       2fa
admin/localize/reports/translations/results/                                                              login    login    login    login    ok       ok       ok       2fa
admin/forms/                                                                                              login    login    login    login    ok       deny     ok       2fa
admin/forms/results/                                                                                      login    login    login    login    ok       deny     ok       2fa
admin/forms/submissions/<int:page_id>/                                                                    login    login    login    login    404      404      404      2fa
admin/forms/submissions/<int:page_id>/results/                                                            login    login    login    login    404      404      404      2fa
admin/forms/submissions/<int:page_id>/delete/                                                             login    login    login    login    deny     deny     deny     2fa
admin/redirects/                                                                                          login    login    login    login    deny     deny     ok       2fa
admin/redirects/results/                                                                                  login    login    login    login    deny     deny     ok       2fa
admin/redirects/add/                                                                                      login    login    login    login    deny     deny     ok       2fa
admin/redirects/<int:redirect_id>/                                                                        login    login    login    login    deny     deny     ok       2fa
admin/redirects/<int:redirect_id>/delete/                                                                 login    login    login    login    deny     deny     ok       2fa
admin/redirects/import/                                                                                   login    login    login    login    deny     deny     ok       2fa
admin/redirects/import/process/                                                                           login    login    login    login    deny     deny     405      2fa
admin/settings/<slug:app_name>/<slug:model_name>/                                                         login    login    login    login    404      404      404      2fa
admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/                                                login    login    login    login    404      404      404      2fa
admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/                                        login    login    login    login    404      404      404      2fa
admin/embeds/chooser/                                                                                     login    login    login    login    ok       ok       ok       2fa
admin/embeds/chooser/upload/                                                                              login    login    login    login    ok       ok       ok       2fa
admin/snippets/                                                                                           login    login    login    login    deny     deny     deny     2fa
admin/documents/                                                                                          login    login    login    login    ok       deny     ok       2fa
admin/documents/results/                                                                                  login    login    login    login    ok       deny     ok       2fa
admin/documents/add/                                                                                      login    login    login    login    ok       deny     ok       2fa
admin/documents/edit/<int:document_id>/                                                                   login    login    login    login    ok       deny     ok       2fa
admin/documents/delete/<int:document_id>/                                                                 login    login    login    login    ok       deny     ok       2fa
admin/documents/multiple/add/                                                                             login    login    login    login    ok       deny     ok       2fa
admin/documents/multiple/<int:doc_id>/                                                                    login    login    login    login    405      405      405      2fa
admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/                            login    login    login    login    405      405      405      2fa
admin/documents/multiple/<int:doc_id>/delete/                                                             login    login    login    login    405      405      405      2fa
admin/documents/multiple/delete_upload/<int:uploaded_file_id>/                                            login    login    login    login    405      405      405      2fa
admin/documents/usage/<int:document_id>/                                                                  login    login    login    login    ok       deny     ok       2fa
admin/images/                                                                                             login    login    login    login    ok       deny     ok       2fa
admin/images/results/                                                                                     login    login    login    login    ok       deny     ok       2fa
admin/images/<int:image_id>/                                                                              login    login    login    login    ok       deny     ok       2fa
admin/images/<int:image_id>/delete/                                                                       login    login    login    login    ok       deny     ok       2fa
admin/images/<int:image_id>/generate_url/                                                                 login    login    login    login    404      404      404      2fa
admin/images/<int:image_id>/generate_url/output/                                                          login    login    login    login    404      404      404      2fa
admin/images/<int:image_id>/preview/<str:filter_spec>/                                                    login    login    login    login    ok       deny     ok       2fa
admin/images/add/                                                                                         login    login    login    login    ok       deny     ok       2fa
admin/images/usage/<int:image_id>/                                                                        login    login    login    login    ok       deny     ok       2fa
admin/images/multiple/add/                                                                                login    login    login    login    ok       deny     ok       2fa
admin/images/multiple/<int:image_id>/                                                                     login    login    login    login    405      405      405      2fa
admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/                                  login    login    login    login    405      405      405      2fa
admin/images/multiple/<int:image_id>/delete/                                                              login    login    login    login    405      405      405      2fa
admin/images/multiple/delete_upload/<int:uploaded_file_id>/                                               login    login    login    login    405      405      405      2fa
admin/locales/                                                                                            login    login    login    login    deny     deny     ok       2fa
admin/locales/results/                                                                                    login    login    login    login    deny     deny     ok       2fa
admin/locales/new/                                                                                        login    login    login    login    deny     deny     ok       2fa
admin/locales/edit/<int:pk>/                                                                              login    login    login    login    deny     deny     ok       2fa
admin/locales/delete/<int:pk>/                                                                            login    login    login    login    deny     deny     ok       2fa
admin/locales/history/<int:pk>/                                                                           login    login    login    login    deny     deny     ok       2fa
admin/locales/history-results/<int:pk>/                                                                   login    login    login    login    deny     deny     ok       2fa
admin/locales/usage/<int:pk>/                                                                             login    login    login    login    deny     deny     ok       2fa
admin/locales/copy/<int:pk>/                                                                              login    login    login    login    deny     deny     ok       2fa
admin/sites/                                                                                              login    login    login    login    deny     deny     ok       2fa
admin/sites/results/                                                                                      login    login    login    login    deny     deny     ok       2fa
admin/sites/new/                                                                                          login    login    login    login    deny     deny     ok       2fa
admin/sites/edit/<int:pk>/                                                                                login    login    login    login    deny     deny     ok       2fa
admin/sites/delete/<int:pk>/                                                                              login    login    login    login    deny     deny     ok       2fa
admin/sites/history/<int:pk>/                                                                             login    login    login    login    deny     deny     ok       2fa
admin/sites/history-results/<int:pk>/                                                                     login    login    login    login    deny     deny     ok       2fa
admin/sites/usage/<int:pk>/                                                                               login    login    login    login    deny     deny     ok       2fa
admin/sites/copy/<int:pk>/                                                                                login    login    login    login    deny     deny     ok       2fa
admin/users/                                                                                              login    login    login    login    deny     deny     ok       2fa
admin/users/results/                                                                                      login    login    login    login    deny     deny     ok       2fa
admin/users/new/                                                                                          login    login    login    login    deny     deny     ok       2fa
admin/users/edit/<int:pk>/                                                                                login    login    login    login    deny     deny     ok       2fa
admin/users/delete/<int:pk>/                                                                              login    login    login    login    deny     deny     ok       2fa
admin/users/history/<int:pk>/                                                                             login    login    login    login    deny     deny     ok       2fa
admin/users/history-results/<int:pk>/                                                                     login    login    login    login    deny     deny     ok       2fa
admin/users/usage/<int:pk>/                                                                               login    login    login    login    deny     deny     ok       2fa
admin/users/copy/<int:pk>/                                                                                login    login    login    login    deny     deny     ok       2fa
admin/groups/                                                                                             login    login    login    login    deny     deny     ok       2fa
admin/groups/results/                                                                                     login    login    login    login    deny     deny     ok       2fa
admin/groups/new/                                                                                         login    login    login    login    deny     deny     ok       2fa
admin/groups/edit/<int:pk>/                                                                               login    login    login    login    deny     deny     ok       2fa
admin/groups/delete/<int:pk>/                                                                             login    login    login    login    deny     deny     ok       2fa
admin/groups/history/<int:pk>/                                                                            login    login    login    login    deny     deny     ok       2fa
admin/groups/history-results/<int:pk>/                                                                    login    login    login    login    deny     deny     ok       2fa
admin/groups/usage/<int:pk>/                                                                              login    login    login    login    deny     deny     ok       2fa
admin/documents/chooser/                                                                                  login    login    login    login    ok       ok       ok       2fa
admin/documents/chooser/results/                                                                          login    login    login    login    ok       ok       ok       2fa
admin/documents/chooser/chosen/<str:pk>/                                                                  login    login    login    login    ok       deny     ok       2fa
admin/documents/chooser/chosen-multiple/                                                                  login    login    login    login    ok       ok       ok       2fa
admin/documents/chooser/create/                                                                           login    login    login    login    ok       deny     ok       2fa
admin/images/chooser/                                                                                     login    login    login    login    ok       ok       ok       2fa
admin/images/chooser/results/                                                                             login    login    login    login    ok       ok       ok       2fa
admin/images/chooser/chosen/<str:pk>/                                                                     login    login    login    login    ok       deny     ok       2fa
admin/images/chooser/chosen-multiple/                                                                     login    login    login    login    ok       ok       ok       2fa
admin/images/chooser/create/                                                                              login    login    login    login    ok       deny     ok       2fa
admin/images/chooser/<int:image_id>/select_format/                                                        login    login    login    login    ok       ok       ok       2fa
admin/sprite/                                                                                             ok       ok       ok       ok       ok       ok       ok       2fa
admin/login/                                                                                              login    login    login    login    login    login    login    login
admin/password_reset/                                                                                     ok       ok       ok       ok       ok       ok       ok       2fa
admin/password_reset/done/                                                                                ok       ok       ok       ok       ok       ok       ok       2fa
admin/password_reset/confirm/<uidb64>/<token>/                                                            moved    moved    moved    moved    moved    moved    moved    2fa
admin/password_reset/complete/                                                                            ok       ok       ok       ok       ok       ok       ok       2fa
admin/jsi18n/                                                                                             ok       ok       ok       ok       ok       ok       ok       2fa
admin/^.*/$                                                                                               login    login    login    login    404      404      404      2fa
# --- Wagtail documents served to the public
documents/^(\d+)/(.*)$                                                                                    ok       ok       ok       ok       ok       ok       ok       ok
documents/authenticate_with_password/<int:restriction_id>/                                                404      404      404      404      404      404      404      404
# --- Language switch
i18n/setlang/                                                                                             moved    moved    moved    moved    moved    moved    moved    moved
# --- Public site and links sent by email
<lang>/search/                                                                                            ok       ok       ok       ok       ok       ok       ok       ok
<lang>/not-translated/<int:page_id>/                                                                      moved    moved    moved    moved    moved    moved    moved    moved
<lang>/feeds/news.rss                                                                                     ok       ok       ok       ok       ok       ok       ok       ok
<lang>/feeds/events.rss                                                                                   ok       ok       ok       ok       ok       ok       ok       ok
<lang>/feeds/events.ics                                                                                   ok       ok       ok       ok       ok       ok       ok       ok
<lang>/accounts/login/                                                                                    ok       moved    moved    moved    moved    moved    moved    moved
<lang>/accounts/logout/                                                                                   405      405      405      405      405      405      405      405
<lang>/accounts/sign-out-everywhere/                                                                      405      405      405      405      405      405      405      405
<lang>/accounts/password-reset/                                                                           ok       ok       ok       ok       ok       ok       ok       ok
<lang>/accounts/password-reset/sent/                                                                      ok       ok       ok       ok       ok       ok       ok       ok
<lang>/accounts/reset/<uidb64>/<token>/                                                                   moved    moved    moved    moved    moved    moved    moved    moved
<lang>/accounts/reset/done/                                                                               ok       ok       ok       ok       ok       ok       ok       ok
<lang>/accounts/account/                                                                                  login    ok       ok       ok       ok       ok       ok       ok
<lang>/accounts/two-factor/                                                                               login    ok       moved    moved    moved    moved    moved    ok
<lang>/accounts/two-factor/code/                                                                          login    moved    moved    moved    moved    moved    moved    moved
<lang>/accounts/two-factor/off/                                                                           login    moved    ok       ok       ok       ok       ok       moved
<lang>/accounts/two-factor/recovery-codes/                                                                login    moved    ok       ok       ok       ok       ok       moved
<lang>/accounts/password/                                                                                 login    ok       ok       ok       ok       ok       ok       ok
<lang>/accounts/email/                                                                                    login    ok       ok       ok       ok       ok       ok       ok
<lang>/accounts/invitations/new/                                                                          login    404      404      404      404      ok       ok       2fa
<lang>/accounts/invitation/<str:token>/                                                                   ok       ok       ok       ok       ok       ok       ok       ok
# --- Members' workspace
<lang>/workspace/                                                                                         login    ok       ok       ok       403      ok       ok       2fa
<lang>/workspace/activities/                                                                              login    ok       ok       ok       403      ok       ok       2fa
<lang>/workspace/activities/export.<str:fmt>                                                              login    404      404      404      403      ok       ok       2fa
<lang>/workspace/activities/new/                                                                          login    404      ok       ok       403      ok       ok       2fa
<lang>/workspace/activities/<int:pk>/                                                                     login    ok       ok       ok       403      ok       ok       2fa
<lang>/workspace/activities/<int:pk>/edit/                                                                login    404      ok       404      403      ok       ok       2fa
<lang>/workspace/activities/<int:pk>/delete/                                                              login    404      ok       404      403      ok       ok       2fa
<lang>/workspace/regions/<str:code>/                                                                      login    ok       ok       ok       403      ok       ok       2fa
<lang>/workspace/organisations/                                                                           login    ok       ok       ok       403      ok       ok       2fa
<lang>/workspace/organisations/<int:pk>/                                                                  login    ok       ok       ok       403      ok       ok       2fa
<lang>/workspace/organisations/<int:pk>/edit/                                                             login    404      ok       404      403      ok       ok       2fa
<lang>/workspace/organisations/<int:pk>/people/                                                           login    404      ok       404      403      ok       ok       2fa
<lang>/workspace/organisations/<int:pk>/people/new/                                                       login    404      ok       404      403      ok       ok       2fa
<lang>/workspace/organisations/<int:pk>/people/<int:person_pk>/edit/                                      login    404      ok       404      403      ok       ok       2fa
<lang>/workspace/meetings/                                                                                login    ok       ok       ok       404      ok       ok       2fa
<lang>/workspace/meetings/<int:pk>/                                                                       login    ok       ok       ok       404      ok       ok       2fa
<lang>/workspace/meetings/<int:pk>/register/<int:person_pk>/                                              login    ok       404      404      404      404      404      2fa
<lang>/workspace/meetings/<int:pk>/files/<int:attachment_pk>/                                             login    ok       ok       404      404      ok       ok       2fa
<lang>/workspace/meetings/<int:pk>/agenda.pdf                                                             login    ok       ok       ok       404      ok       ok       2fa
<lang>/workspace/meetings/<int:pk>/sign-in-sheet.pdf                                                      login    404      404      404      404      ok       ok       2fa
<lang>/workspace/meetings/<int:pk>/edit/                                                                  login    404      404      404      404      ok       ok       2fa
<lang>/workspace/meetings/<int:pk>/agenda/                                                                login    404      404      404      404      ok       ok       2fa
<lang>/workspace/meetings/<int:pk>/agenda/<int:item_pk>/delete/                                           405      405      405      405      405      405      405      2fa
<lang>/workspace/meetings/<int:pk>/agenda/<int:item_pk>/move/                                             405      405      405      405      405      405      405      2fa
<lang>/workspace/meetings/<int:pk>/invite/                                                                login    404      404      404      404      ok       ok       2fa
<lang>/workspace/meetings/<int:pk>/attendance/                                                            login    404      404      404      404      ok       ok       2fa
<lang>/workspace/meetings/<int:pk>/attendance/walk-in/                                                    405      405      405      405      405      405      405      2fa
<lang>/workspace/meetings/<int:pk>/minutes/                                                               login    404      404      404      404      ok       ok       2fa
<lang>/workspace/meetings/<int:pk>/minutes/attach/                                                        405      405      405      405      405      405      405      2fa
<lang>/workspace/meetings/<int:pk>/actions/new/                                                           login    404      404      404      404      ok       ok       2fa
<lang>/workspace/meetings/<int:pk>/announce/                                                              405      405      405      405      405      405      405      2fa
<lang>/workspace/meetings/<int:pk>/exchange/send/                                                         405      405      405      405      405      405      405      2fa
<lang>/workspace/meetings/actions/                                                                        login    ok       ok       ok       404      ok       ok       2fa
<lang>/workspace/meetings/actions/<int:item_pk>/status/                                                   405      405      405      405      405      405      405      2fa
<lang>/workspace/meetings/series/<slug:slug>/                                                             login    ok       ok       ok       404      ok       ok       2fa
<lang>/workspace/meetings/series/<slug:slug>/plan/                                                        login    404      404      404      404      ok       ok       2fa
<lang>/workspace/meetings/committee/                                                                      login    ok       ok       ok       404      ok       ok       2fa
<lang>/workspace/meetings/committee/<int:pk>/                                                             login    ok       ok       ok       404      ok       ok       2fa
<lang>/workspace/meetings/calendar/                                                                       login    ok       ok       ok       404      ok       ok       2fa
# --- Public site and links sent by email
<lang>/meetings/answer/<str:token>/                                                                       ok       ok       ok       ok       ok       ok       ok       ok
<lang>/meetings/calendar.ics                                                                              ok       ok       ok       ok       ok       ok       ok       ok
<lang>/meetings/calendar/<str:token>.ics                                                                  ok       ok       ok       ok       ok       ok       ok       ok
<lang>/trainings/verify/                                                                                  ok       ok       ok       ok       ok       ok       ok       ok
<lang>/trainings/verify/<str:code>/                                                                       ok       ok       ok       ok       ok       ok       ok       ok
<lang>/trainings/evaluation/<str:token>/                                                                  ok       ok       ok       ok       ok       ok       ok       ok
# --- Members' workspace
<lang>/workspace/trainings/                                                                               login    404      ok       ok       404      ok       ok       2fa
<lang>/workspace/trainings/sessions/<int:pk>/                                                             login    404      ok       ok       404      ok       ok       2fa
<lang>/workspace/trainings/sessions/<int:pk>/announce/                                                    405      405      405      405      405      405      405      2fa
<lang>/workspace/trainings/sessions/<int:pk>/nominate/                                                    405      405      405      405      405      405      405      2fa
<lang>/workspace/trainings/enrolments/<int:pk>/decide/                                                    405      405      405      405      405      405      405      2fa
<lang>/workspace/trainings/enrolments/<int:pk>/record/                                                    405      405      405      405      405      405      405      2fa
<lang>/workspace/trainings/enrolments/<int:pk>/evaluation/                                                login    404      404      404      404      ok       ok       2fa
<lang>/workspace/trainings/enrolments/<int:pk>/certificate/                                               405      405      405      405      405      405      405      2fa
<lang>/workspace/trainings/certificates/<int:pk>.pdf                                                      login    404      ok       404      404      ok       ok       2fa
<lang>/workspace/trainings/certificates/<int:pk>/revoke/                                                  login    404      404      404      404      ok       ok       2fa
<lang>/workspace/trainings/participants/                                                                  login    404      ok       ok       404      ok       ok       2fa
<lang>/workspace/trainings/participants/<int:pk>/                                                         login    404      ok       404      404      ok       ok       2fa
<lang>/workspace/trainings/participants/<int:pk>/merge/                                                   login    404      404      404      404      ok       ok       2fa
<lang>/workspace/trainings/import/                                                                        login    404      404      404      404      ok       ok       2fa
<lang>/workspace/trainings/import/confirm/                                                                405      405      405      405      405      405      405      2fa
<lang>/workspace/trainings/figures/                                                                       login    404      404      404      404      ok       ok       2fa
# --- Public site and links sent by email
<lang>/materials/<slug:slug>/<str:language>/                                                              login    ok       ok       ok       404      ok       ok       2fa
# --- Members' workspace
<lang>/workspace/support/                                                                                 login    ok       ok       ok       404      ok       ok       2fa
<lang>/workspace/support/equipment/<int:pk>/document/                                                     login    ok       ok       404      404      ok       ok       2fa
# --- Public site and links sent by email
<lang>/projects/region/<str:code>/                                                                        ok       ok       ok       ok       ok       ok       ok       ok
# --- Action plans: the public plan pages; reporting (focal points of the responsible organisation), compiling (coordinator)
<lang>/action-plans/                                                                                      ok       ok       ok       ok       ok       ok       ok       ok
<lang>/action-plans/<slug:slug>/                                                                          ok       ok       ok       ok       ok       ok       ok       ok
<lang>/workspace/action-plans/                                                                            login    404      ok       ok       404      ok       ok       2fa
<lang>/workspace/action-plans/<int:period_pk>/measures/<int:measure_pk>/                                  login    404      ok       404      404      404      404      2fa
<lang>/workspace/action-plans/files/<int:pk>/                                                             login    ok       ok       404      404      ok       ok       2fa
<lang>/workspace/action-plans/summaries/<int:pk>/                                                         login    ok       ok       ok       404      ok       ok       2fa
<lang>/workspace/action-plans/periods/<int:pk>/                                                           login    404      404      404      404      ok       ok       2fa
<lang>/workspace/action-plans/periods/<int:pk>/report.<str:fmt>                                           login    404      404      404      404      ok       ok       2fa
<lang>/workspace/action-plans/periods/<int:pk>/summary.pdf                                                login    404      404      404      404      ok       ok       2fa
<lang>/workspace/action-plans/periods/<int:pk>/chase/                                                     405      405      405      405      405      405      405      2fa
<lang>/workspace/action-plans/periods/<int:pk>/summary/attach/                                            405      405      405      405      405      405      405      2fa
<lang>/workspace/action-plans/reports/<int:pk>/reopen/                                                    405      405      405      405      405      405      405      2fa
<lang>/workspace/action-plans/reports/<int:pk>/publish/                                                   405      405      405      405      405      405      405      2fa
<lang>/workspace/action-plans/import/                                                                     login    404      404      404      404      ok       ok       2fa
<lang>/workspace/action-plans/import/confirm/                                                             405      405      405      405      405      405      405      2fa
<lang>/projects/iati-activities.xml                                                                       ok       ok       ok       ok       ok       ok       ok       ok
<lang>/help/                                                                                              ok       ok       ok       ok       ok       ok       ok       ok
# --- Members' workspace
<lang>/workspace/reports/                                                                                 login    404      404      404      404      ok       ok       2fa
<lang>/workspace/reports/records/<slug:slug>/                                                             login    404      404      404      404      ok       ok       2fa
<lang>/workspace/reports/export/<slug:slug>.<str:fmt>                                                     login    404      404      404      404      ok       ok       2fa
<lang>/workspace/reports/annual-report.pdf                                                                login    404      404      404      404      ok       ok       2fa
<lang>/workspace/privacy/                                                                                 login    404      404      404      404      ok       ok       2fa
<lang>/workspace/privacy/export.<str:fmt>                                                                 405      405      405      405      405      405      405      2fa
<lang>/workspace/privacy/erase/                                                                           405      405      405      405      405      405      405      2fa
<lang>/workspace/privacy/audit-log/                                                                       login    404      404      404      404      ok       ok       2fa
# --- Public site and links sent by email
<lang>/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/                     404      404      404      404      404      404      404      404
<lang>/_util/login/                                                                                       login    login    login    login    login    login    login    login
<lang>/^((?:[\w\-]+/)*)$                                                                                  ok       ok       ok       ok       ok       ok       ok       ok
# --- Routes of routable pages (behind Wagtail's catch-all); A's profile is members-only
page:network.networkdirectorypage/                                                                        ok       ok       ok       ok       ok       ok       ok       ok
page:network.networkdirectorypage/organisations/<slug:slug>/                                              404      404      404      404      404      404      404      404
page:network.networkdirectorypage/activities/                                                             ok       ok       ok       ok       ok       ok       ok       ok
page:reports.figurespage/                                                                                 ok       ok       ok       ok       ok       ok       ok       ok
page:reports.figurespage/tables/<str:fmt>/                                                                ok       ok       ok       ok       ok       ok       ok       ok
"""

# Every snippet viewset of the admin. Choosers of personal records are closed to
# admin users without a permission on the model (atnet.core.admin_choosers).
SNIPPET_MODELS = (
    "network/organisation",
    "network/activity",
    "meetings/series",
    "meetings/committeesession",
    "trainings/course",
    "trainings/session",
    "support/conference",
    "support/distribution",
    "support/equipment",
    "support/material",
    "support/materialfile",
    "actionplans/plan",
    "actionplans/objective",
    "actionplans/measure",
    "actionplans/indicator",
    "actionplans/reportingperiod",
)
PERSONAL_SNIPPET_MODELS = (
    "network/person",
    "network/membership",
    "trainings/trainer",
    "support/conferenceparticipation",
)

# {model} is each of the models above.
SNIPPET_VIEWS = """
# pattern                                        anon     member_a focal_a  focal_b  editor   coord    admin    coord_no2fa
admin/snippets/{model}/                          login    login    login    login    deny     ok       ok       2fa
admin/snippets/{model}/results/                  login    login    login    login    deny     ok       ok       2fa
admin/snippets/{model}/add/                      login    login    login    login    deny     ok       ok       2fa
admin/snippets/{model}/edit/<int:pk>/            login    login    login    login    deny     ok       ok       2fa
admin/snippets/{model}/delete/<int:pk>/          login    login    login    login    deny     ok       ok       2fa
admin/snippets/{model}/usage/<int:pk>/           login    login    login    login    deny     ok       ok       2fa
admin/snippets/{model}/history/<int:pk>/         login    login    login    login    deny     ok       ok       2fa
admin/snippets/{model}/history-results/<int:pk>/ login    login    login    login    deny     ok       ok       2fa
admin/snippets/{model}/copy/<int:pk>/            login    login    login    login    deny     ok       ok       2fa
admin/snippets/choose/{model}/create/            login    login    login    login    deny     ok       ok       2fa
"""

# Choosers (pick a record for a form field): an editor may pick an organisation
# for a project page, never a person.
CHOOSER_VIEWS = """
admin/snippets/choose/{model}/                   login    login    login    login    ok       ok       ok       2fa
admin/snippets/choose/{model}/results/           login    login    login    login    ok       ok       ok       2fa
admin/snippets/choose/{model}/chosen/<str:pk>/   login    login    login    login    ok       ok       ok       2fa
admin/snippets/choose/{model}/chosen-multiple/   login    login    login    login    ok       ok       ok       2fa
"""
PERSONAL_CHOOSER_VIEWS = """
admin/snippets/choose/{model}/                   login    login    login    login    deny     ok       ok       2fa
admin/snippets/choose/{model}/results/           login    login    login    login    deny     ok       ok       2fa
admin/snippets/choose/{model}/chosen/<str:pk>/   login    login    login    login    deny     ok       ok       2fa
admin/snippets/choose/{model}/chosen-multiple/   login    login    login    login    deny     ok       ok       2fa
"""


def _rows(text: str, model: str | None = None) -> dict[str, dict[str, str]]:
    rows = {}
    for line in text.strip().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, *outcomes = line.split()
        if model is not None:
            key = key.format(model=model)
        assert len(outcomes) == len(COLUMNS), (
            f"{key}: {len(outcomes)} outcomes, {len(COLUMNS)} wanted"
        )
        assert key not in rows, f"{key} is twice in the table"
        rows[key] = dict(zip(COLUMNS, outcomes, strict=True))
    return rows


def expected_table() -> dict[str, dict[str, str]]:
    table = _rows(TABLE)
    for models, choosers in (
        (SNIPPET_MODELS, CHOOSER_VIEWS),
        (PERSONAL_SNIPPET_MODELS, PERSONAL_CHOOSER_VIEWS),
    ):
        for model in models:
            for rows in (_rows(SNIPPET_VIEWS, model), _rows(choosers, model)):
                assert not set(rows) & set(table), f"{model} is twice in the table"
                table.update(rows)
    return table


def table_text(columns) -> str:
    table = expected_table()
    width = max(len(key) for key in table) + 2
    lines = [f"{'pattern':<{width}}" + "".join(f"{column:<12}" for column in columns)]
    for key, row in table.items():
        lines.append(f"{key:<{width}}" + "".join(f"{row[column]:<12}" for column in columns))
    return "\n".join(lines)
