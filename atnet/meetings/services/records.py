"""Minutes, private attachments, action items, Committee sessions and personal calendars."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from atnet.core.services import log_action
from atnet.core.uploads import DOCUMENTS, validate_upload

from ..models import (
    ActionItem,
    ActionStatus,
    Attachment,
    CalendarFeed,
    CommitteeSession,
    FollowUp,
    Meeting,
    Minutes,
)
from ..models.participation import _new_token


def minutes_save(
    *,
    actor,
    meeting: Meeting,
    body: str,
    public_summary_ro: str = "",
    public_summary_en: str = "",
    public_summary_ru: str = "",
) -> Minutes:
    minutes = Minutes.objects.filter(meeting=meeting).first() or Minutes(meeting=meeting)
    fields = {
        "body": body,
        "public_summary_ro": public_summary_ro,
        "public_summary_en": public_summary_en,
        "public_summary_ru": public_summary_ru,
    }
    changed = sorted(name for name, value in fields.items() if getattr(minutes, name) != value)
    for name, value in fields.items():
        setattr(minutes, name, value)
    minutes.written_by = actor if getattr(actor, "is_authenticated", False) else minutes.written_by
    minutes.full_clean()
    minutes.save()
    log_action(actor=actor, action="meetings.minutes.save", obj=minutes, data={"fields": changed})
    return minutes


def attachment_add(*, actor, meeting: Meeting, title: str, file) -> Attachment:
    # Attachments are documents, not programs: size, kind and content checked at the door.
    try:
        validate_upload(file, kinds=DOCUMENTS)
    except ValidationError as error:
        raise ValidationError({"file": error.messages}) from error
    attachment = Attachment(meeting=meeting, title=title, file=file, uploaded_by=actor)
    attachment.full_clean()
    attachment.save()
    log_action(
        actor=actor,
        action="meetings.attachment.add",
        obj=attachment,
        data={"fields": ["title", "file"]},
    )
    return attachment


def action_item_create(
    *, actor, meeting: Meeting, text: str, owner=None, due_date: dt.date | None = None
) -> ActionItem:
    item = ActionItem(meeting=meeting, text=text, owner=owner, due_date=due_date)
    item.full_clean()
    item.save()
    log_action(
        actor=actor,
        action="meetings.action.create",
        obj=item,
        data={"fields": ["text", "owner", "due_date"]},
    )
    return item


def action_item_status_set(*, actor, item: ActionItem, status: str) -> ActionItem:
    if status not in ActionStatus.values:
        raise ValidationError({"status": _("Choose a valid status.")})
    item.status = status
    item.full_clean()
    item.save(update_fields=["status", "updated_at"])
    log_action(actor=actor, action="meetings.action.status", obj=item, data={"fields": ["status"]})
    return item


def committee_session_create(*, actor, **fields) -> CommitteeSession:
    session = CommitteeSession(**fields)
    session.full_clean()
    session.save()
    log_action(
        actor=actor,
        action="meetings.committee.create",
        obj=session,
        data={"fields": sorted(fields)},
    )
    return session


def follow_up_create(
    *, actor, session: CommitteeSession, text: str, owner=None, due_date: dt.date | None = None
) -> FollowUp:
    follow_up = FollowUp(session=session, text=text, owner=owner, due_date=due_date)
    follow_up.full_clean()
    follow_up.save()
    log_action(
        actor=actor,
        action="meetings.committee.follow_up",
        obj=follow_up,
        data={"fields": ["text", "owner", "due_date"]},
    )
    return follow_up


def calendar_feed_get(*, user) -> CalendarFeed:
    return CalendarFeed.objects.get_or_create(user=user)[0]


def calendar_feed_revoke(*, user) -> CalendarFeed:
    """A new secret address; the old one stops working at once."""
    feed = calendar_feed_get(user=user)
    feed.token = _new_token()
    feed.save()
    log_action(actor=user, action="meetings.calendar.revoke", obj=feed, data={"fields": ["token"]})
    return feed
