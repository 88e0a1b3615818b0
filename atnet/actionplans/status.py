"""A measure's status as the network sees it: from the last report and the deadline.

Kept apart from the reports themselves: "overdue" is never typed by anyone, it
follows from a deadline that passed while the last report still says the
measure is open.
"""

import datetime as dt

from .models import CLOSED_STATUSES, MeasureStatus, plain_number  # noqa: F401 - re-exported


def effective_status(
    *, reported: str | None, deadline: dt.date | None, today: dt.date
) -> MeasureStatus:
    """One organisation's status: what it last reported, overdue once the deadline passed."""
    if reported in CLOSED_STATUSES:
        return MeasureStatus(reported)
    if deadline is not None and deadline < today:
        return MeasureStatus.OVERDUE
    return MeasureStatus(reported) if reported else MeasureStatus.NOT_STARTED


def aggregate_status(statuses: list[MeasureStatus]) -> MeasureStatus:
    """A measure's status over its responsible organisations (each already effective)."""
    if not statuses:
        return MeasureStatus.NOT_STARTED
    if all(status == MeasureStatus.CANCELLED for status in statuses):
        return MeasureStatus.CANCELLED
    if all(status in CLOSED_STATUSES for status in statuses):
        return MeasureStatus.DONE
    if MeasureStatus.OVERDUE in statuses:
        return MeasureStatus.OVERDUE
    if any(status != MeasureStatus.NOT_STARTED for status in statuses):
        return MeasureStatus.IN_PROGRESS
    return MeasureStatus.NOT_STARTED
