"""Erasure: remove or anonymise a subject everywhere, keeping the aggregate figures.

Rows that reports count (people, attendance, enrolments) are anonymised in
place: names become "Erased person #id", contact details are emptied, and
gender, organisation, unit, profession and dates stay, so every figure is the
same before and after. Rows that only serve the person (invitations to join,
sessions, calendars, two-factor devices, preferences) are deleted with their
files. Then every log that may have copied a name or address (our audit log's
details, Wagtail's history, Django's admin log, finished background tasks,
the search index) is scrubbed of it; the audit log keeps action, actor and time.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from django.apps import apps
from django.db import transaction
from wagtail.search import index

from atnet.core.models import AuditLogEntry
from atnet.core.services import log_event
from atnet.core.text import fold

from .export import source_rows
from .registry import installed_sources
from .subject import Subject

ERASED = "[erased]"


@dataclass
class ErasureResult:
    anonymised: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    scrubbed: Counter = field(default_factory=Counter)
    files_deleted: int = 0

    @property
    def total(self) -> int:
        return sum(self.anonymised.values()) + sum(self.deleted.values())

    def table(self) -> list[tuple[str, int, int, int]]:
        """(model, anonymised, deleted, log entries scrubbed), one row per model touched."""
        labels = sorted({*self.anonymised, *self.deleted, *self.scrubbed})
        return [(n, self.anonymised[n], self.deleted[n], self.scrubbed[n]) for n in labels]

    def as_dict(self) -> dict:
        return {
            "anonymised": dict(self.anonymised),
            "deleted": dict(self.deleted),
            "scrubbed": dict(self.scrubbed),
            "files_deleted": self.files_deleted,
        }


def _delete_files_on_commit(instance, file_fields, result: ErasureResult) -> None:
    for name in file_fields:
        stored = getattr(instance, name)
        if stored and stored.name:
            storage, path = stored.storage, stored.name
            transaction.on_commit(lambda storage=storage, path=path: storage.delete(path))
            result.files_deleted += 1


def _anonymise(instance, source) -> None:
    for name, value in source.anonymise.items():
        setattr(instance, name, value(instance) if callable(value) else value)
    if instance._meta.label == "auth.User":
        instance.set_unusable_password()
    # A whole save, so that fields derived in save() (a participant's name key) follow.
    instance.save()
    if isinstance(instance, index.Indexed):
        index.insert_or_update_object(instance)


def _user_extras(user) -> None:
    """What anonymising the account row cannot do: sign-ins, groups and permissions."""
    from atnet.accounts.services import sessions_end_all

    sessions_end_all(user=user)
    user.groups.clear()
    user.user_permissions.clear()


def _erase_source(source, subject: Subject, result: ErasureResult) -> None:
    for instance in list(source_rows(source, subject)):
        _delete_files_on_commit(instance, source.files, result)
        if source.delete:
            if isinstance(instance, index.Indexed):
                index.remove_object(instance)
            instance.delete()
            result.deleted[source.label] += 1
        elif source.anonymise:
            if source.label == "auth.User":
                _user_extras(instance)
            _anonymise(instance, source)
            result.anonymised[source.label] += 1


# Tables where a name or address may have been copied as text, and what to do with a match.
TEXT_TABLES = [
    ("wagtailcore.ModelLogEntry", ("label", "data"), "redact"),
    ("wagtailcore.PageLogEntry", ("label", "data"), "redact"),
    ("wagtailcore.Revision", ("object_str",), "redact"),
    ("admin.LogEntry", ("object_repr", "change_message"), "redact"),
    ("django_tasks_database.DBTaskResult", ("args_kwargs", "return_value", "traceback"), "delete"),
    ("wagtailsearch.IndexEntry", ("title", "autocomplete", "body"), "reindex"),
]


@lru_cache(maxsize=8)
def _pattern(identifiers: tuple[str, ...]) -> re.Pattern:
    """Whole words only: erasing "Ana Lupu" must leave "Ioana Lupu" alone."""
    alternatives = "|".join(re.escape(identifier) for identifier in identifiers)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _mentions(value, identifiers: list[str]) -> bool:
    if isinstance(value, dict):
        return any(_mentions(v, identifiers) or _mentions(k, identifiers) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_mentions(item, identifiers) for item in value)
    if isinstance(value, str):
        return bool(identifiers) and _pattern(tuple(identifiers)).search(fold(value)) is not None
    return False


def _redacted(value, identifiers: list[str]):
    """`value` with every string that mentions the subject replaced by a placeholder."""
    if isinstance(value, dict):
        return {
            (ERASED if _mentions(k, identifiers) else k): _redacted(v, identifiers)
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [_redacted(item, identifiers) for item in value]
    if isinstance(value, str) and _mentions(value, identifiers):
        return ERASED
    return value


def _matching_rows(model, fields, identifiers):
    rows = model._base_manager.values_list("pk", *fields).iterator(chunk_size=2000)
    for pk, *values in rows:
        if _mentions(values, identifiers):
            yield pk, dict(zip(fields, values, strict=True))


def _scrub_table(label, fields, mode, identifiers, result: ErasureResult) -> None:
    app_label, model_name = label.split(".")
    if not _has_app(app_label):
        return
    model = apps.get_model(app_label, model_name)
    for pk, values in list(_matching_rows(model, fields, identifiers)):
        rows = model._base_manager.filter(pk=pk)
        if mode == "delete":
            rows.delete()
        elif mode == "reindex":
            _reindex(rows.first())
        else:
            rows.update(**{name: _redacted(value, identifiers) for name, value in values.items()})
        result.scrubbed[label] += 1


def _has_app(app_label: str) -> bool:
    return any(config.label == app_label for config in apps.get_app_configs())


def _reindex(entry) -> None:
    """Index the entry's object again from its present (anonymised) text; drop orphans."""
    target = entry.content_object if entry else None
    if target is not None:
        index.insert_or_update_object(target)
    elif entry is not None:
        entry.delete()


def _scrub_audit_log(identifiers, result: ErasureResult) -> None:
    changes = {
        pk: _redacted(values["data"], identifiers)
        for pk, values in _matching_rows(AuditLogEntry, ("data",), identifiers)
    }
    result.scrubbed["core.AuditLogEntry"] += AuditLogEntry.redact(changes)


@transaction.atomic
def subject_erase(*, subject: Subject, actor=None) -> ErasureResult:
    """Erase the subject; the returned counts say what was done, by model."""
    identifiers = subject.identifiers()  # before the records that hold them are anonymised
    result = ErasureResult()
    for source in installed_sources():
        _erase_source(source, subject, result)
    _scrub_audit_log(identifiers, result)
    for label, fields, mode in TEXT_TABLES:
        _scrub_table(label, fields, mode, identifiers, result)
    log_event(
        actor=actor,
        action="privacy.erasure",
        object_type="privacy.subject",
        object_id=min(subject.person_ids or subject.participant_ids or subject.user_ids or {""}),
        data=result.as_dict(),
    )
    return result
