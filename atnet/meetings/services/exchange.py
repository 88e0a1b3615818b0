"""Information exchange: the round table's activities sent as an email digest."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from atnet.core.services import log_action

from .. import selectors
from ..models import Meeting


def exchange_digest_send(*, actor, meeting: Meeting) -> int:
    """Queue the digest; returns how many it goes to. Refused when there is nothing to say."""
    from ..tasks import exchange_digest_send as send_task

    if not selectors.exchange_activities(meeting).exists():
        raise ValidationError(_("No activities were posted since the previous meeting."))
    count = selectors.digest_recipients(meeting).count()
    if not count:
        raise ValidationError(_("Nobody with an email address is invited to this meeting."))
    send_task.enqueue(meeting_id=meeting.pk)
    log_action(
        actor=actor,
        action="meetings.exchange.digest",
        obj=meeting,
        data={"fields": ["exchange_digest"], "count": count},
    )
    return count
