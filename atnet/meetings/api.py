"""Public meetings: when, where, agenda, public summary. No people, no internal minutes."""

import datetime as dt

from django.shortcuts import get_object_or_404
from django.utils import translation
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from atnet.api.common import ApiPagination, LanguageCode, ObjectId

from .models import Meeting

router = Router(tags=["meetings"])


def _activate(lang: LanguageCode | None, request) -> None:
    translation.activate(lang.value if lang else translation.get_language_from_request(request))


class AgendaItemOut(Schema):
    title: str
    presenter: str | None
    minutes_allotted: int

    @staticmethod
    def resolve_presenter(item) -> str | None:
        return item.presenter.name if item.presenter else None


class MeetingOut(Schema):
    id: int
    series: str
    series_kind: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    venue: str
    unit_code: str | None
    development_region: str | None
    status: str
    status_reason: str
    public_summary: str
    agenda: list[AgendaItemOut]

    @staticmethod
    def resolve_series(meeting) -> str:
        return meeting.series.name

    @staticmethod
    def resolve_series_kind(meeting) -> str:
        return meeting.series.kind

    @staticmethod
    def resolve_unit_code(meeting) -> str | None:
        return meeting.host_unit.code if meeting.host_unit else None

    @staticmethod
    def resolve_development_region(meeting) -> str | None:
        return meeting.host_unit.development_region if meeting.host_unit else None

    @staticmethod
    def resolve_public_summary(meeting) -> str:
        minutes = getattr(meeting, "minutes", None)
        return minutes.public_summary if minutes else ""

    @staticmethod
    def resolve_agenda(meeting) -> list:
        return list(meeting.agenda_items.all())


def _public():
    return (
        Meeting.objects.public()
        .select_related("series", "host_unit", "minutes")
        .prefetch_related("agenda_items__presenter")
        .order_by("starts_at", "pk")
    )


@router.get("/meetings", response=list[MeetingOut], summary="Public coordination meetings")
@paginate(ApiPagination)
def list_meetings(
    request,
    lang: LanguageCode | None = None,
    series: str | None = None,
    # Bounded: year=-251 or year=1 (whose bounds in local time fall outside datetime's
    # range) was a 500, found by Schemathesis; now a 422.
    year: int | None = Query(None, ge=1900, le=2100),
):
    _activate(lang, request)
    meetings = _public()
    if series:
        meetings = meetings.filter(series__slug=series)
    if year:
        meetings = meetings.filter(starts_at__year=year)
    return meetings


@router.get("/meetings/{meeting_id}", response=MeetingOut, summary="One public meeting")
def get_meeting(request, meeting_id: ObjectId, lang: LanguageCode | None = None):
    _activate(lang, request)
    return get_object_or_404(_public(), pk=meeting_id)
