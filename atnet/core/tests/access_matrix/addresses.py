"""Concrete addresses for the patterns: each parameter filled from the matrix's data.

A parameter is filled by its name (page_id is the test page, image_id the test
image...) unless the pattern has its own entry in BY_KEY; `pk` and the
regular-expression routes always need their own entry. A pattern with
parameters that neither covers makes the test fail and say so.
"""

import re

from .patterns import LANG

LANGUAGE = "ro"

# An id no record has: the public API answers 404 for it.
NO_SUCH_ID = 999999

# Parameter name -> value, for every pattern that uses the name.
BY_NAME = {
    "page_id": lambda w: w.page.pk,
    "parent_page_id": lambda w: w.home.pk,
    "page_to_move_id": lambda w: w.page.pk,
    "destination_id": lambda w: w.home.pk,
    "page_pk": lambda w: w.page.pk,
    "revision_id": lambda w: w.revision.pk,
    "image_id": lambda w: w.image.pk,
    "document_id": lambda w: w.document.pk,
    "doc_id": lambda w: w.document.pk,
    "collection_id": lambda w: w.collection.pk,
    "redirect_id": lambda w: w.redirect.pk,
    "task_id": lambda w: w.task.pk,
    "task_state_id": lambda w: w.task_state.pk,
    "workflow_state_id": lambda w: w.workflow_state.pk,
    "workflow_pk": lambda w: w.workflow.pk,
    "action_name": lambda w: "approve",
    "translation_id": lambda w: w.translation.pk,
    "translation_source_id": lambda w: w.translation.source_id,
    "string_segment_id": lambda w: w.translation.string_segment.pk,
    "overridable_segment_id": lambda w: _overridable(w),
    "filter_spec": lambda w: "original",
    "mode": lambda w: "",
    "content_type_app_name": lambda w: w.page_type.app_label,
    "content_type_model_name": lambda w: w.page_type.model,
    "uidb64": lambda w: w.reset_uid,
    "token": lambda w: w.reset_token,
    "news_id": lambda w: NO_SUCH_ID,
    "organisation_id": lambda w: w.org_a.pk,
    "meeting_id": lambda w: w.meeting.pk,
    "act_id": lambda w: NO_SUCH_ID,
    "project_id": lambda w: NO_SUCH_ID,
    "term_id": lambda w: NO_SUCH_ID,
    "service_id": lambda w: NO_SUCH_ID,
    "plan_id": lambda w: w.plan_period.plan.pk,
}


def _overridable(w):
    segment = w.translation.overridable_segment
    return segment.pk if segment else 0


def _snippet(attribute):
    return lambda w: {"pk": getattr(w, attribute).pk}


# The object each snippet viewset is asked about (its edit, delete, history... views).
SNIPPET_OBJECTS = {
    "network/organisation": "org_a",
    "network/activity": "activity_a",
    "network/person": "person_a",
    "network/membership": "membership_a",
    "meetings/series": "series",
    "meetings/committeesession": "committee_session",
    "trainings/course": "course",
    "trainings/session": "session",
    "trainings/trainer": "trainer",
    "support/conference": "conference",
    "support/conferenceparticipation": "conference_participation",
    "support/distribution": "distribution",
    "support/equipment": "equipment",
    "support/material": "material",
    "support/materialfile": "material_file",
    "actionplans/plan": "plan",
    "actionplans/objective": "objective",
    "actionplans/measure": "measure",
    "actionplans/indicator": "indicator",
    "actionplans/reportingperiod": "plan_period",
}

# Pattern key -> the parameters (a dict) or the whole path (a str, for regular expressions).
BY_KEY = {
    # Site and API
    # Wagtail admin
    "admin/api/main/^pages/": lambda w: "/admin/api/main/pages/",
    "admin/api/main/^pages/<int:pk>/": lambda w: f"/admin/api/main/pages/{w.page.pk}/",
    "admin/api/main/^pages/find/": lambda w: f"/admin/api/main/pages/find/?id={w.page.pk}",
    "admin/api/main/^pages/<int:pk>/action/<str:action_name>/": (
        lambda w: f"/admin/api/main/pages/{w.page.pk}/action/copy/"
    ),
    "admin/api/main/^documents/": lambda w: "/admin/api/main/documents/",
    "admin/api/main/^documents/<int:pk>/": lambda w: f"/admin/api/main/documents/{w.document.pk}/",
    "admin/api/main/^documents/find/": (
        lambda w: f"/admin/api/main/documents/find/?id={w.document.pk}"
    ),
    "admin/api/main/^images/": lambda w: "/admin/api/main/images/",
    "admin/api/main/^images/<int:pk>/": lambda w: f"/admin/api/main/images/{w.image.pk}/",
    "admin/api/main/^images/find/": lambda w: f"/admin/api/main/images/find/?id={w.image.pk}",
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/": lambda w: {
        "app_label": "wagtailcore",
        "model_name": "page",
        "action": "delete",
        "_query": f"?id={w.page.pk}",
    },
    "admin/pages/create/<slug:app_label>/<slug:model_name>": lambda w: {
        "app_label": "portal",
        "model_name": "standardpage",
    },
    "admin/pages/^(\\d+)/revisions/compare/(live|earliest|\\d+)\\.\\.\\.(live|latest|\\d+)/$": (
        lambda w: f"/admin/pages/{w.page.pk}/revisions/compare/earliest...latest/"
    ),
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": lambda w: {
        "app_name": "portal",
        "model_name": "newspagetag",
    },
    "admin/collections/<int:pk>/": lambda w: {"pk": w.collection.pk},
    "admin/collections/<int:pk>/delete/": lambda w: {"pk": w.collection.pk},
    "admin/workflows/enable/<int:pk>/": lambda w: {"pk": w.workflow.pk},
    "admin/workflows/disable/<int:pk>/": lambda w: {"pk": w.workflow.pk},
    "admin/workflows/edit/<int:pk>/": lambda w: {"pk": w.workflow.pk},
    "admin/workflows/usage/<int:pk>/": lambda w: {"pk": w.workflow.pk},
    "admin/workflows/usage/<int:pk>/results/": lambda w: {"pk": w.workflow.pk},
    "admin/workflows/tasks/add/<str:app_label>/<str:model_name>/": lambda w: {
        "app_label": "wagtailcore",
        "model_name": "groupapprovaltask",
    },
    "admin/workflows/tasks/edit/<int:pk>/": lambda w: {"pk": w.task.pk},
    "admin/workflows/tasks/disable/<int:pk>/": lambda w: {"pk": w.task.pk},
    "admin/workflows/tasks/enable/<int:pk>/": lambda w: {"pk": w.task.pk},
    "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/": (  # noqa: E501
        lambda w: {
            "app_label": "wagtailcore",
            "model_name": "page",
            "object_id": w.page.pk,
            "session_id": 0,
        }
    ),
    "admin/editing-sessions/release/<int:session_id>/": lambda w: {"session_id": 0},
    "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/": lambda w: {
        "app_label": "network",
        "model_name": "organisation",
        "pk": w.org_a.pk,
    },
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/": lambda w: {
        "app_label": "network",
        "model_name": "organisation",
    },
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/": lambda w: {
        "app_label": "network",
        "model_name": "organisation",
        "pk": w.org_a.pk,
    },
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/": lambda w: {
        "translation_id": w.translation.pk,
        "mode": "default",
    },
    "admin/settings/<slug:app_name>/<slug:model_name>/": lambda w: {
        "app_name": "portal",
        "model_name": "sitesettings",
    },
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/": lambda w: {
        "app_name": "portal",
        "model_name": "sitesettings",
        "pk": w.site.pk,
    },
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/": lambda w: {
        "app_name": "portal",
        "model_name": "sitesettings",
        "pk": w.site.pk,
    },
    "admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/": (
        lambda w: {"uploaded_file_id": 0}
    ),
    "admin/documents/multiple/delete_upload/<int:uploaded_file_id>/": (
        lambda w: {"uploaded_file_id": 0}
    ),
    "admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/": (
        lambda w: {"uploaded_file_id": 0}
    ),
    "admin/images/multiple/delete_upload/<int:uploaded_file_id>/": (
        lambda w: {"uploaded_file_id": 0}
    ),
    "admin/locales/edit/<int:pk>/": lambda w: {"pk": w.locale.pk},
    "admin/locales/delete/<int:pk>/": lambda w: {"pk": w.locale.pk},
    "admin/locales/history/<int:pk>/": lambda w: {"pk": w.locale.pk},
    "admin/locales/history-results/<int:pk>/": lambda w: {"pk": w.locale.pk},
    "admin/locales/usage/<int:pk>/": lambda w: {"pk": w.locale.pk},
    "admin/locales/copy/<int:pk>/": lambda w: {"pk": w.locale.pk},
    "admin/sites/edit/<int:pk>/": lambda w: {"pk": w.site.pk},
    "admin/sites/delete/<int:pk>/": lambda w: {"pk": w.site.pk},
    "admin/sites/history/<int:pk>/": lambda w: {"pk": w.site.pk},
    "admin/sites/history-results/<int:pk>/": lambda w: {"pk": w.site.pk},
    "admin/sites/usage/<int:pk>/": lambda w: {"pk": w.site.pk},
    "admin/sites/copy/<int:pk>/": lambda w: {"pk": w.site.pk},
    "admin/users/edit/<int:pk>/": lambda w: {"pk": w.users["member_a"].pk},
    "admin/users/delete/<int:pk>/": lambda w: {"pk": w.users["member_a"].pk},
    "admin/users/history/<int:pk>/": lambda w: {"pk": w.users["member_a"].pk},
    "admin/users/history-results/<int:pk>/": lambda w: {"pk": w.users["member_a"].pk},
    "admin/users/usage/<int:pk>/": lambda w: {"pk": w.users["member_a"].pk},
    "admin/users/copy/<int:pk>/": lambda w: {"pk": w.users["member_a"].pk},
    "admin/groups/edit/<int:pk>/": lambda w: {"pk": w.group.pk},
    "admin/groups/delete/<int:pk>/": lambda w: {"pk": w.group.pk},
    "admin/groups/history/<int:pk>/": lambda w: {"pk": w.group.pk},
    "admin/groups/history-results/<int:pk>/": lambda w: {"pk": w.group.pk},
    "admin/groups/usage/<int:pk>/": lambda w: {"pk": w.group.pk},
    "admin/documents/chooser/chosen/<str:pk>/": lambda w: {"pk": w.document.pk},
    "admin/images/chooser/chosen/<str:pk>/": lambda w: {"pk": w.image.pk},
    "admin/^.*/$": lambda w: "/admin/no-such-view/",
    "documents/^(\\d+)/(.*)$": lambda w: f"/documents/{w.document.pk}/raport.pdf",
    "documents/authenticate_with_password/<int:restriction_id>/": lambda w: {
        "restriction_id": 999999
    },
    # The site, in each language
    f"{LANG}workspace/privacy/export.<str:fmt>": lambda w: {"fmt": "json"},
    f"{LANG}meetings/answer/<str:token>/": lambda w: {"token": w.rsvp_token},
    f"{LANG}meetings/calendar/<str:token>.ics": lambda w: {"token": w.calendar_feed.token},
    f"{LANG}accounts/invitation/<str:token>/": lambda w: {"token": w.account_invitation_token},
    f"{LANG}trainings/evaluation/<str:token>/": lambda w: {"token": w.evaluation_token},
    f"{LANG}trainings/verify/<str:code>/": lambda w: {"code": w.certificate.code},
    f"{LANG}workspace/activities/export.<str:fmt>": lambda w: {"fmt": "xlsx"},
    f"{LANG}workspace/activities/<int:pk>/": lambda w: {"pk": w.activity_a.pk},
    f"{LANG}workspace/activities/<int:pk>/edit/": lambda w: {"pk": w.activity_a.pk},
    f"{LANG}workspace/activities/<int:pk>/delete/": lambda w: {"pk": w.activity_a.pk},
    f"{LANG}workspace/regions/<str:code>/": lambda w: {"code": "MD-CA"},
    f"{LANG}workspace/organisations/<int:pk>/": lambda w: {"pk": w.org_a.pk},
    f"{LANG}workspace/organisations/<int:pk>/edit/": lambda w: {"pk": w.org_a.pk},
    f"{LANG}workspace/organisations/<int:pk>/people/": lambda w: {"pk": w.org_a.pk},
    f"{LANG}workspace/organisations/<int:pk>/people/new/": lambda w: {"pk": w.org_a.pk},
    f"{LANG}workspace/organisations/<int:pk>/people/<int:person_pk>/edit/": lambda w: {
        "pk": w.org_a.pk,
        "person_pk": w.person_a.pk,
    },
    f"{LANG}workspace/meetings/<int:pk>/register/<int:person_pk>/": lambda w: {
        "pk": w.meeting.pk,
        "person_pk": w.person_a.pk,
    },
    f"{LANG}workspace/meetings/<int:pk>/files/<int:attachment_pk>/": lambda w: {
        "pk": w.meeting.pk,
        "attachment_pk": w.attachment.pk,
    },
    f"{LANG}workspace/meetings/<int:pk>/agenda/<int:item_pk>/delete/": lambda w: {
        "pk": w.meeting.pk,
        "item_pk": w.agenda_item.pk,
    },
    f"{LANG}workspace/meetings/<int:pk>/agenda/<int:item_pk>/move/": lambda w: {
        "pk": w.meeting.pk,
        "item_pk": w.agenda_item.pk,
    },
    f"{LANG}workspace/meetings/actions/<int:item_pk>/status/": lambda w: {
        "item_pk": w.action_item.pk
    },
    f"{LANG}workspace/meetings/series/<slug:slug>/": lambda w: {"slug": w.series.slug},
    f"{LANG}workspace/meetings/series/<slug:slug>/plan/": lambda w: {"slug": w.series.slug},
    f"{LANG}workspace/meetings/committee/<int:pk>/": lambda w: {"pk": w.committee_session.pk},
    f"{LANG}workspace/trainings/sessions/<int:pk>/": lambda w: {"pk": w.session.pk},
    f"{LANG}workspace/trainings/sessions/<int:pk>/announce/": lambda w: {"pk": w.session.pk},
    f"{LANG}workspace/trainings/sessions/<int:pk>/nominate/": lambda w: {"pk": w.session.pk},
    f"{LANG}workspace/trainings/enrolments/<int:pk>/decide/": lambda w: {"pk": w.enrolment.pk},
    f"{LANG}workspace/trainings/enrolments/<int:pk>/record/": lambda w: {"pk": w.enrolment.pk},
    f"{LANG}workspace/trainings/enrolments/<int:pk>/evaluation/": lambda w: {"pk": w.enrolment.pk},
    f"{LANG}workspace/trainings/enrolments/<int:pk>/certificate/": lambda w: {"pk": w.enrolment.pk},
    f"{LANG}workspace/trainings/certificates/<int:pk>.pdf": lambda w: {"pk": w.certificate.pk},
    f"{LANG}workspace/trainings/certificates/<int:pk>/revoke/": lambda w: {"pk": w.certificate.pk},
    f"{LANG}workspace/trainings/participants/<int:pk>/": lambda w: {"pk": w.participant_a.pk},
    f"{LANG}workspace/trainings/participants/<int:pk>/merge/": lambda w: {"pk": w.participant_a.pk},
    f"{LANG}materials/<slug:slug>/<str:language>/": lambda w: {
        "slug": w.material.slug,
        "language": "ro",
    },
    f"{LANG}workspace/support/equipment/<int:pk>/document/": lambda w: {"pk": w.equipment.pk},
    f"{LANG}projects/region/<str:code>/": lambda w: {"code": "MD-CA"},
    f"{LANG}action-plans/<slug:slug>/": lambda w: {"slug": w.plan_period.plan.slug},
    f"{LANG}workspace/action-plans/<int:period_pk>/measures/<int:measure_pk>/": lambda w: {
        "period_pk": w.plan_period.pk,
        "measure_pk": w.measure.pk,
    },
    f"{LANG}workspace/action-plans/files/<int:pk>/": lambda w: {"pk": w.evidence.pk},
    f"{LANG}workspace/action-plans/summaries/<int:pk>/": lambda w: {"pk": w.plan_summary.pk},
    f"{LANG}workspace/action-plans/periods/<int:pk>/report.<str:fmt>": lambda w: {
        "pk": w.plan_period.pk,
        "fmt": "pdf",
    },
    f"{LANG}workspace/action-plans/reports/<int:pk>/reopen/": lambda w: {"pk": w.plan_report.pk},
    f"{LANG}workspace/action-plans/reports/<int:pk>/publish/": lambda w: {"pk": w.plan_report.pk},
    f"{LANG}workspace/reports/records/<slug:slug>/": lambda w: {"slug": "meetings-by-series"},
    f"{LANG}workspace/reports/export/<slug:slug>.<str:fmt>": lambda w: {
        "slug": "meetings-by-series",
        "fmt": "xlsx",
    },
    f"{LANG}_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": (
        lambda w: {"page_view_restriction_id": 999999, "page_id": w.page.pk}
    ),
    f"{LANG}^((?:[\\w\\-]+/)*)$": lambda w: f"/{LANGUAGE}/despre/",
    # Routes of routable pages (A's profile is for members only: not in the directory)
    "page:network.networkdirectorypage/": lambda w: f"/{LANGUAGE}/retea/",
    "page:network.networkdirectorypage/organisations/<slug:slug>/": (
        lambda w: f"/{LANGUAGE}/retea/organisations/{w.org_a.slug}/"
    ),
    "page:network.networkdirectorypage/activities/": lambda w: f"/{LANGUAGE}/retea/activities/",
    "page:reports.figurespage/": lambda w: f"/{LANGUAGE}/cifre/",
    "page:reports.figurespage/tables/<str:fmt>/": lambda w: f"/{LANGUAGE}/cifre/tables/xlsx/",
}

# The action-plan period pages all take the period A reports in.
for _view in ("", "chase/", "summary.pdf", "summary/attach/"):
    BY_KEY[f"{LANG}workspace/action-plans/periods/<int:pk>/{_view}"] = lambda w: {
        "pk": w.plan_period.pk
    }

# The meeting pages all take the meeting A took part in.
MEETING_VIEWS = (
    "", "agenda.pdf", "sign-in-sheet.pdf", "edit/", "agenda/", "invite/", "attendance/",
    "attendance/walk-in/", "minutes/", "minutes/attach/", "actions/new/", "announce/",
    "exchange/send/",
)  # fmt: skip
for _view in MEETING_VIEWS:
    BY_KEY[f"{LANG}workspace/meetings/<int:pk>/{_view}"] = lambda w: {"pk": w.meeting.pk}

for _path, _attribute in SNIPPET_OBJECTS.items():
    for _view in ("edit", "delete", "usage", "history", "history-results", "copy"):
        BY_KEY[f"admin/snippets/{_path}/{_view}/<int:pk>/"] = _snippet(_attribute)
    BY_KEY[f"admin/snippets/choose/{_path}/chosen/<str:pk>/"] = _snippet(_attribute)

PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


class MissingArguments(LookupError):
    pass


def address(key: str, w) -> str:
    """The path to request for pattern `key`."""
    builder = BY_KEY.get(key)
    if builder is not None:
        built = builder(w)
        if isinstance(built, str):
            return built
        return _fill(key, built, w)
    return _fill(key, {}, w)


def _fill(key: str, values: dict, w) -> str:
    query = values.pop("_query", "")

    def value(match):
        name = match["name"]
        if name in values:
            return str(values[name])
        if name in BY_NAME:
            return str(BY_NAME[name](w))
        raise MissingArguments(f"no value for <{name}> in {key}: add it to addresses.BY_KEY")

    path = PARAMETER.sub(value, key.replace(LANG, f"{LANGUAGE}/"))
    if "^" in path or "(" in path:
        raise MissingArguments(f"{key} is a regular expression: add its path to addresses.BY_KEY")
    return "/" + path + query
