from django.db import models

from .models import AuditLogEntry


def log_action(*, actor, action: str, obj: models.Model, data: dict | None = None) -> AuditLogEntry:
    """Record a back-office change. `data` names changed fields, not personal values."""
    return AuditLogEntry.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        data=data or {},
    )
