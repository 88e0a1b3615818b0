"""Who is acting, and which downloads and participant lists they opened.

Place after AuthenticationMiddleware. A response is logged as an export when it
is a file download (Content-Disposition) or comes from a view named in
EXPORT_VIEWS; as a list view when its view is named in PARTICIPANT_LIST_VIEWS.
Only the view's name, its URL arguments (tokens redacted) and the names of the
query parameters are kept — never search terms, which may be names.
"""

from django.conf import settings

from atnet.core.services import log_event

from .audit import _actor

# Views that produce a file of personal data even when not served as an attachment.
EXPORT_VIEWS = {
    "meetings:sign_in_sheet",
    "meetings:agenda_pdf",
    "trainings:certificate_pdf",
    "network:activity_export",
    "reports:export",
    "reports:annual_report",
    "privacy:export",
}

# Views that list participants or contact people (a new app adds its list here).
PARTICIPANT_LIST_VIEWS = {
    "meetings:meeting_detail",
    "meetings:attendance",
    "meetings:invite",
    "trainings:session",
    "trainings:participants",
    "trainings:participant",
    "network:people",
    "reports:records",
    "wagtailsnippets_network_person:list",
    "wagtailsnippetchoosers_network_person:choose",
    "wagtailsnippetchoosers_network_person:choose_results",
    "wagtailsnippets_network_person:list_results",
    "wagtailsnippets_network_membership:list",
    "wagtailsnippets_network_membership:list_results",
    "wagtailsnippets_trainings_trainer:list",
    "wagtailsnippets_trainings_trainer:list_results",
    "wagtailsnippets_support_conferenceparticipation:list",
    "wagtailsnippets_support_conferenceparticipation:list_results",
    "wagtailusers_users:index",
    "wagtailusers_users:index_results",
}


def _is_download(response) -> bool:
    disposition = response.get("Content-Disposition", "")
    return "attachment" in disposition.lower() or "filename" in disposition.lower()


def _event(request, response) -> str | None:
    match = getattr(request, "resolver_match", None)
    view_name = match.view_name if match else ""
    if not (200 <= response.status_code < 300):
        return None
    if _is_download(response) or view_name in EXPORT_VIEWS:
        return "export"
    if request.method == "GET" and view_name in PARTICIPANT_LIST_VIEWS:
        return "list_view"
    return None


def _log(request, response, event: str) -> None:
    match = request.resolver_match
    view_name = match.view_name if match else request.path_info[:100]
    kwargs = {key: str(value) for key, value in (match.kwargs if match else {}).items()}
    data = {"view": view_name, "kwargs": kwargs, "params": sorted(request.GET.keys())}
    if event == "export":
        data["content_type"] = response.get("Content-Type", "").split(";")[0]
    object_id = next((kwargs[key] for key in ("pk", "person_pk", "slug") if key in kwargs), "")
    log_event(
        actor=request.user,
        action=f"privacy.{event}",
        object_type=view_name,
        object_id=object_id,
        data=data,
    )


class AuditMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _actor.set(lambda: getattr(request, "user", None))
        try:
            response = self.get_response(request)
        finally:
            _actor.reset(token)
        # Only signed-in users are audited; without a session cookie there is none
        # to load (an anonymous feed or API answer stays free of Vary: Cookie).
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return response
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            event = _event(request, response)
            if event:
                _log(request, response, event)
        return response
