"""Writes of the support app; each validates, saves and is kept in the audit log."""

import datetime as dt

from django.core.files.base import File

from atnet.core.services import log_action

from .models import ConferenceParticipation, Distribution, Equipment, Material, MaterialFile


def _save(*, actor, obj, action: str, fields):
    obj.full_clean()
    obj.save()
    log_action(actor=actor, action=action, obj=obj, data={"fields": sorted(fields)})
    return obj


def equipment_save(*, actor, equipment: Equipment, fields: list[str] | None = None) -> Equipment:
    action = "support.equipment.update" if equipment.pk else "support.equipment.create"
    return _save(actor=actor, obj=equipment, action=action, fields=fields or ["*"])


def equipment_status_set(*, actor, equipment: Equipment, status: str) -> Equipment:
    equipment.status = status
    return _save(actor=actor, obj=equipment, action="support.equipment.status", fields=["status"])


def material_save(*, actor, material: Material, fields: list[str] | None = None) -> Material:
    action = "support.material.update" if material.pk else "support.material.create"
    return _save(actor=actor, obj=material, action=action, fields=fields or ["*"])


def material_file_save(
    *,
    actor,
    material: Material,
    language: str,
    file: File,
    is_original: bool = False,
    translator: str = "",
    translated_on: dt.date | None = None,
) -> MaterialFile:
    """Add or replace the material's file in `language` (the original or a translation)."""
    version = MaterialFile.objects.filter(material=material, language=language).first()
    version = version or MaterialFile(material=material, language=language)
    version.is_original = is_original
    version.translator = translator
    version.translated_on = translated_on
    version.file = file
    fields = ["file", "is_original", "translator", "translated_on"]
    return _save(actor=actor, obj=version, action="support.material_file.save", fields=fields)


def distribution_record(*, actor, material: Material, **fields) -> Distribution:
    distribution = Distribution(material=material, **fields)
    return _save(actor=actor, obj=distribution, action="support.distribution.create", fields=fields)


def participation_save(*, actor, participation: ConferenceParticipation) -> ConferenceParticipation:
    action = "support.participation.update" if participation.pk else "support.participation.create"
    return _save(actor=actor, obj=participation, action=action, fields=["*"])
