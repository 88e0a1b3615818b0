from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

LANGUAGE_CODES = ("ro", "en", "ru")


def localised(obj, prefix: str) -> str:
    """The field in the active language, else the first language that has it."""
    current = (get_language() or "ro")[:2]
    for language in (current, *LANGUAGE_CODES):
        value = getattr(obj, f"{prefix}_{language}", "")
        if value:
            return value
    return ""


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


OPEN_ACTION_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
