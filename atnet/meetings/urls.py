from django.urls import path

from .views import coordinator, documents, public, series, workspace

app_name = "meetings"

# Mounted inside i18n_patterns: /ro/workspace/meetings/..., /en/..., /ru/...
urlpatterns = [
    path("workspace/meetings/", workspace.meeting_list, name="meeting_list"),
    path("workspace/meetings/<int:pk>/", workspace.meeting_detail, name="meeting_detail"),
    path(
        "workspace/meetings/<int:pk>/register/<int:person_pk>/", workspace.register, name="register"
    ),
    path(
        "workspace/meetings/<int:pk>/files/<int:attachment_pk>/",
        workspace.attachment_download,
        name="attachment",
    ),
    path("workspace/meetings/<int:pk>/agenda.pdf", documents.agenda, name="agenda_pdf"),
    path(
        "workspace/meetings/<int:pk>/sign-in-sheet.pdf",
        documents.sign_in_sheet,
        name="sign_in_sheet",
    ),
    path("workspace/meetings/<int:pk>/edit/", coordinator.meeting_edit, name="meeting_edit"),
    path("workspace/meetings/<int:pk>/agenda/", coordinator.agenda, name="agenda"),
    path(
        "workspace/meetings/<int:pk>/agenda/<int:item_pk>/delete/",
        coordinator.agenda_delete,
        name="agenda_delete",
    ),
    path(
        "workspace/meetings/<int:pk>/agenda/<int:item_pk>/move/",
        coordinator.agenda_move,
        name="agenda_move",
    ),
    path("workspace/meetings/<int:pk>/invite/", coordinator.invite, name="invite"),
    path("workspace/meetings/<int:pk>/attendance/", coordinator.attendance, name="attendance"),
    path("workspace/meetings/<int:pk>/attendance/walk-in/", coordinator.walk_in, name="walk_in"),
    path("workspace/meetings/<int:pk>/minutes/", coordinator.minutes_edit, name="minutes_edit"),
    path(
        "workspace/meetings/<int:pk>/minutes/attach/",
        coordinator.attachment_upload,
        name="attachment_upload",
    ),
    path(
        "workspace/meetings/<int:pk>/actions/new/", coordinator.action_create, name="action_create"
    ),
    path("workspace/meetings/<int:pk>/announce/", coordinator.announce, name="announce"),
    path(
        "workspace/meetings/<int:pk>/exchange/send/",
        coordinator.exchange_digest,
        name="exchange_digest",
    ),
    path("workspace/meetings/actions/", workspace.action_items, name="action_items"),
    path(
        "workspace/meetings/actions/<int:item_pk>/status/",
        coordinator.action_status,
        name="action_status",
    ),
    path("workspace/meetings/series/<slug:slug>/", series.series_detail, name="series_detail"),
    path("workspace/meetings/series/<slug:slug>/plan/", coordinator.plan_meetings, name="plan"),
    path("workspace/meetings/committee/", workspace.committee, name="committee"),
    path(
        "workspace/meetings/committee/<int:pk>/",
        workspace.committee_session,
        name="committee_session",
    ),
    path("workspace/meetings/calendar/", workspace.calendar_settings, name="calendar_settings"),
    path("meetings/answer/<str:token>/", public.rsvp, name="rsvp"),
    path("meetings/calendar.ics", public.public_calendar, name="public_calendar"),
    path("meetings/calendar/<str:token>.ics", public.personal_calendar, name="personal_calendar"),
]
