"""An access request's answer: everything held about a subject, section by section.

`subject_export()` reads every registered source and the audit log; `as_json()`
gives the machine-readable download and the sections feed the printable page.
Secrets (password hashes, tokens, TOTP keys, session keys) are never among a
source's fields, so they cannot leak through an export.
"""

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from functools import reduce
from operator import or_

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from atnet.core.models import AuditLogEntry

from .registry import installed_sources, source_for
from .subject import Subject


@dataclass
class Section:
    label: str
    title: str
    columns: list[tuple[str, str]]  # (field name, translated heading)
    rows: list[dict] = field(default_factory=list)  # JSON values
    display: list[list[str]] = field(default_factory=list)  # the page's cells


@dataclass
class Export:
    subject: Subject
    generated_at: dt.datetime
    sections: list[Section]

    @property
    def row_count(self) -> int:
        return sum(len(section.rows) for section in self.sections)

    def as_json(self) -> str:
        document = {
            "generated_at": self.generated_at.isoformat(),
            "subject": {
                "emails": sorted(self.subject.emails),
                "names": sorted(self.subject.names),
            },
            "sections": [
                {"model": s.label, "title": s.title, "columns": dict(s.columns), "rows": s.rows}
                for s in self.sections
            ],
        }
        return json.dumps(document, ensure_ascii=False, indent=2)


def _related_value(value):
    if value is None:
        return None
    if source_for(type(value)):  # another person's record: its id, not their name
        return {"id": value.pk}
    return {"id": value.pk, "name": str(value)}


def _json_value(instance, model_field):
    value = getattr(instance, model_field.name)
    if model_field.many_to_many:
        return [str(item) for item in value.all()]
    if model_field.is_relation:
        return _related_value(value)
    if isinstance(model_field, models.FileField):
        return value.name or ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _display_value(instance, model_field, raw) -> str:
    if model_field.choices and not model_field.many_to_many:
        return str(getattr(instance, f"get_{model_field.name}_display")())
    value = getattr(instance, model_field.name)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, dt.datetime):
        return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(value, dt.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(raw, dict):
        return raw.get("name") or f"#{raw['id']}"
    if isinstance(raw, list):
        return ", ".join(raw)
    return "" if raw is None else str(raw)


def source_rows(source, subject: Subject):
    """The subject's rows of one source, with the related rows its fields show."""
    model = source.model
    model_fields = [model._meta.get_field(name) for name in source.fields]
    single = [f.name for f in model_fields if f.is_relation and not f.many_to_many]
    multiple = [f.name for f in model_fields if f.many_to_many]
    rows = model._base_manager.filter(source.find(subject, model)).distinct()
    return rows.select_related(*single).prefetch_related(*multiple).order_by("pk")


def _section(source, subject: Subject) -> Section | None:
    model = source.model
    model_fields = [model._meta.get_field(name) for name in source.fields]
    columns = [(f.name, str(getattr(f, "verbose_name", f.name))) for f in model_fields]
    section = Section(source.label, str(source.title), columns)
    for instance in source_rows(source, subject):
        raw = {"id": instance.pk}
        raw.update({f.name: _json_value(instance, f) for f in model_fields})
        section.rows.append(raw)
        section.display.append([_display_value(instance, f, raw[f.name]) for f in model_fields])
    return section if section.rows else None


def subject_records(subject: Subject) -> dict[str, list[int]]:
    """{model label (lowercase): ids} of every row held about the subject."""
    found = {}
    for source in installed_sources():
        model = source.model
        ids = list(
            model._base_manager.filter(source.find(subject, model)).values_list("pk", flat=True)
        )
        if ids:
            found[model._meta.label_lower] = ids
    return found


def holds_anything(subject: Subject) -> bool:
    """Whether any registered source has a row about the subject (an invitation is enough)."""
    return any(
        source.model._base_manager.filter(source.find(subject, source.model)).exists()
        for source in installed_sources()
    )


def audit_entries(subject: Subject, records: dict[str, list[int]] | None = None):
    """Audit-log entries about the subject's records, or made by their account."""
    records = subject_records(subject) if records is None else records
    about = [
        Q(object_type=label, object_id__in=[str(pk) for pk in ids])
        for label, ids in records.items()
    ]
    by_them = Q(actor_id__in=sorted(subject.user_ids) or [-1])
    return AuditLogEntry.objects.filter(reduce(or_, about, by_them)).order_by("created_at", "pk")


def _audit_section(subject: Subject) -> Section | None:
    columns = [
        ("created_at", _("time")),
        ("action", _("action")),
        ("object_type", _("object type")),
        ("object_id", _("object id")),
        ("actor", _("actor")),
        ("fields", _("fields")),
    ]
    section = Section("core.AuditLogEntry", _("Audit log"), columns)
    for entry in audit_entries(subject):
        fields = entry.data.get("fields", []) if isinstance(entry.data, dict) else []
        raw = {
            "created_at": entry.created_at.isoformat(),
            "action": entry.action,
            "object_type": entry.object_type,
            "object_id": entry.object_id,
            "actor": entry.actor_id,
            "fields": [str(name) for name in fields] if isinstance(fields, list) else [],
        }
        section.rows.append(raw)
        shown = date_format(timezone.localtime(entry.created_at), "SHORT_DATETIME_FORMAT")
        section.display.append(
            [shown, entry.action, entry.object_type, entry.object_id,
             f"#{entry.actor_id}" if entry.actor_id else "", ", ".join(raw["fields"])]
        )  # fmt: skip
    return section if section.rows else None


def subject_export(subject: Subject) -> Export:
    sections = [_section(source, subject) for source in installed_sources()]
    sections.append(_audit_section(subject))
    return Export(subject, timezone.now(), [section for section in sections if section])
