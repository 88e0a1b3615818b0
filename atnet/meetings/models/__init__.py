"""The models of the meetings app, one module per concern."""

from .base import OPEN_ACTION_STATUSES, ActionStatus
from .committee import CommitteeSession, FollowUp
from .meetings import AgendaItem, Meeting, MeetingStatus, Series, SeriesKind
from .participation import Attendance, CalendarFeed, Invitation, Presence, Registration, Response
from .records import ActionItem, Attachment, Minutes

__all__ = [
    "OPEN_ACTION_STATUSES",
    "ActionItem",
    "ActionStatus",
    "AgendaItem",
    "Attachment",
    "Attendance",
    "CalendarFeed",
    "CommitteeSession",
    "FollowUp",
    "Invitation",
    "Meeting",
    "MeetingStatus",
    "Minutes",
    "Presence",
    "Registration",
    "Response",
    "Series",
    "SeriesKind",
]
