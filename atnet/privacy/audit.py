"""The audit trail of personal data: every change to a registered record, every export,
every view of a participant list.

Changes are caught by model signals, so they are logged whatever made them (a
workspace form, the Wagtail admin, a command, a task); the middleware only
tells the signals who is acting and logs the downloads and list views. Entries
name the changed fields, never their values.
"""

import contextvars
from contextlib import contextmanager

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from atnet.core.services import in_business_event, log_event

from .registry import installed_sources, source_for

_actor = contextvars.ContextVar("atnet_audit_actor", default=None)


def current_actor():
    """The signed-in user of the request being served, if any (lazily resolved)."""
    actor = _actor.get()
    actor = actor() if callable(actor) else actor
    return actor if getattr(actor, "is_authenticated", False) else None


@contextmanager
def acting_as(actor):
    """Attribute the changes made inside the block to `actor` (commands, tasks, tests)."""
    token = _actor.set(actor)
    try:
        yield
    finally:
        _actor.reset(token)


def _audited_fields(instance, source) -> list:
    # Timestamps set by save() itself change every time: they say nothing about an edit.
    ignored = {"id", *source.audit_ignore}
    return [
        f
        for f in instance._meta.concrete_fields
        if f.name not in ignored
        and not f.primary_key
        and not getattr(f, "auto_now", False)
        and not getattr(f, "auto_now_add", False)
    ]


def _remember_old_values(sender, instance, raw=False, update_fields=None, **kwargs):
    source = source_for(sender)
    if raw or source is None or not source.audit or instance._state.adding or not instance.pk:
        return
    attnames = [f.attname for f in _audited_fields(instance, source)]
    old = sender._base_manager.filter(pk=instance.pk).values(*attnames).first()
    instance._audit_old_values = old


def _changed_fields(instance, source, update_fields) -> list[str]:
    old = getattr(instance, "_audit_old_values", None)
    fields = _audited_fields(instance, source)
    if update_fields is not None:
        fields = [f for f in fields if f.name in update_fields or f.attname in update_fields]
    if old is None:
        return sorted(f.name for f in fields)
    return sorted(f.name for f in fields if old.get(f.attname) != getattr(instance, f.attname))


def _log_save(sender, instance, created, raw=False, update_fields=None, **kwargs):
    source = source_for(sender)
    if raw or source is None or not source.audit:
        return
    changed = _changed_fields(instance, source, None if created else update_fields)
    instance.__dict__.pop("_audit_old_values", None)
    if not created and not changed:
        return
    _log(instance, "create" if created else "change", changed)


def _log_delete(sender, instance, **kwargs):
    source = source_for(sender)
    if source is not None and source.audit:
        _log(instance, "delete", [])


def _log_m2m(sender, instance, action, model, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    source = source_for(type(instance))
    if source is None or not source.audit:
        return
    names = [f.name for f in instance._meta.many_to_many if f.remote_field.through is sender]
    if names:
        _log(instance, "change", names)


def _log(instance, verb: str, fields: list[str]) -> None:
    if in_business_event():
        return  # the service logs this change itself, as one business event
    label = instance._meta.label_lower
    log_event(
        actor=current_actor(),
        action=f"record.{verb}",  # apart from the services' own actions
        object_type=label,
        object_id=instance.pk,
        data={"fields": fields, "via": "signal"},
    )


def connect_signals() -> None:
    for source in installed_sources():
        if not source.audit:
            continue
        model = source.model
        uid = f"privacy-audit-{source.label}"
        pre_save.connect(_remember_old_values, sender=model, dispatch_uid=f"{uid}-pre")
        post_save.connect(_log_save, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_log_delete, sender=model, dispatch_uid=f"{uid}-delete")
        for m2m in model._meta.many_to_many:
            m2m_changed.connect(
                _log_m2m, sender=m2m.remote_field.through, dispatch_uid=f"{uid}-m2m-{m2m.name}"
            )
