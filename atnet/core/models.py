from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .text import searchable


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class AuditLogEntry(models.Model):
    """Who did what to which record, kept for every back-office change."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("actor"),
    )
    action = models.CharField(_("action"), max_length=100)
    object_type = models.CharField(_("object type"), max_length=100)
    object_id = models.CharField(_("object id"), max_length=64)
    # What changed, by field name; never the values of personal fields.
    data = models.JSONField(_("data"), default=dict, blank=True)
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self):
        return f"{self.action} {self.object_type}#{self.object_id}"


class FoldedSearchModel(models.Model):
    """Keeps `search_folded`, the case- and diacritic-folded text of `folded_fields`.

    Searching that column with a folded query (atnet.core.text) finds `Chișinău`
    from `Chisinau` on every database backend. Subclasses name their fields.
    """

    folded_fields: tuple[str, ...] = ()

    search_folded = models.TextField(editable=False, blank=True, default="")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.search_folded = searchable(*(getattr(self, name) for name in self.folded_fields))
        super().save(*args, **kwargs)
