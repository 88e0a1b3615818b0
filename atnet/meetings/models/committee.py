"""Sessions of the National Committee for Combating Trafficking in Human Beings.

The programme attends the public sessions as an observer; its notes are internal.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from atnet.core.languages import in_language
from atnet.core.models import TimeStampedModel

from .base import ActionStatus


class CommitteeSession(TimeStampedModel):
    starts_at = models.DateTimeField(_("date and time"), db_index=True)
    title_ro = models.CharField(_("title (Romanian)"), max_length=255)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=255, blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    agenda = models.TextField(_("agenda"), blank=True, help_text=_("One item per line."))
    is_public = models.BooleanField(_("public session"), default=True)
    observer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("programme's observer"),
    )
    observer_notes = models.TextField(_("observer's notes (internal)"), blank=True)

    class Meta:
        verbose_name = _("National Committee session")
        verbose_name_plural = _("National Committee sessions")
        ordering = ["-starts_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def title(self) -> str:
        return in_language(self, "title")

    @property
    def agenda_lines(self) -> list[str]:
        return [line.strip() for line in self.agenda.splitlines() if line.strip()]


class FollowUp(models.Model):
    session = models.ForeignKey(
        CommitteeSession,
        on_delete=models.CASCADE,
        related_name="follow_ups",
        verbose_name=_("session"),
    )
    text = models.TextField(_("follow-up"))
    owner = models.ForeignKey(
        "network.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("owner organisation"),
    )
    due_date = models.DateField(_("due"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )

    class Meta:
        verbose_name = _("follow-up item")
        verbose_name_plural = _("follow-up items")
        ordering = ["due_date", "pk"]

    def __str__(self):
        return self.text[:80]
