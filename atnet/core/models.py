from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .text import searchable


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class AuditLogImmutable(Exception):
    """The audit log is append-only: rows are never changed or deleted through the ORM."""


class AuditLogQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AuditLogImmutable("audit log entries cannot be changed")

    def delete(self):
        raise AuditLogImmutable("audit log entries cannot be deleted")

    def bulk_update(self, objs, fields, batch_size=None):
        raise AuditLogImmutable("audit log entries cannot be changed")


class AuditLogEntry(models.Model):
    """Who did what to which record, kept for every back-office change.

    Append-only: `save()` of an existing row, `delete()` and the queryset's
    `update()`/`delete()` raise. The one sanctioned rewrite is `redact()`, which
    erasure (atnet.privacy) uses to remove a person's name or email from `data`
    while keeping the action, actor and time.
    """

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

    objects = AuditLogQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self):
        return f"{self.action} {self.object_type}#{self.object_id}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AuditLogImmutable("audit log entries cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditLogImmutable("audit log entries cannot be deleted")

    @classmethod
    def redact(cls, entry_ids_and_data: dict[int, dict]) -> int:
        """Replace the `data` of the given entries (erasure only); nothing else changes."""
        plain = cls._base_manager
        for entry_id, data in entry_ids_and_data.items():
            plain.filter(pk=entry_id).update(data=data)
        return len(entry_ids_and_data)


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
