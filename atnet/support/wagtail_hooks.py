"""Coordinators keep equipment, materials and conferences in the Wagtail admin."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from atnet.core.admin_choosers import PersonalDataChooserViewSet

from .models import (
    Conference,
    ConferenceParticipation,
    Distribution,
    Equipment,
    Material,
    MaterialFile,
)


def private_file_panels(model) -> list[FieldPanel]:
    """Every editable field; files in a plain input, since private files have no URL.

    Django's default (clearable) file input links to the stored file's URL, which
    private storage refuses: the edit page of a record with a file answered 500.
    """
    return [
        FieldPanel(field.name, widget=forms.FileInput)
        if isinstance(field, models.FileField)
        else FieldPanel(field.name)
        for field in model._meta.get_fields()
        if field.concrete and field.editable and not field.auto_created
    ]


class EquipmentViewSet(SnippetViewSet):
    model = Equipment
    panels = private_file_panels(Equipment)
    icon = "cogs"
    list_display = ["item", "recipient", "quantity", "date", "status"]
    list_filter = ["status", "category"]


class MaterialViewSet(SnippetViewSet):
    model = Material
    icon = "doc-full"
    list_display = ["title_ro", "kind", "year", "access"]
    list_filter = ["kind", "access"]


class ConferenceViewSet(SnippetViewSet):
    model = Conference
    icon = "site"
    list_display = ["title_en", "city", "start_date"]


class MaterialFileViewSet(SnippetViewSet):
    model = MaterialFile
    panels = private_file_panels(MaterialFile)
    icon = "doc-empty"
    list_display = ["material", "language", "is_original", "translator"]


class DistributionViewSet(SnippetViewSet):
    model = Distribution
    icon = "list-ul"
    list_display = ["material", "organisation", "date", "copies"]


class ParticipationViewSet(SnippetViewSet):
    model = ConferenceParticipation
    chooser_viewset_class = PersonalDataChooserViewSet  # personal data
    icon = "user"
    list_display = [
        "full_name",
        "conference",
        "role",
        "funded_by",
        Column("cost", label=_("Cost"), accessor="cost_display"),
    ]


class SupportGroup(SnippetViewSetGroup):
    menu_label = _("Support")
    menu_icon = "cogs"
    items = (
        EquipmentViewSet,
        MaterialViewSet,
        MaterialFileViewSet,
        DistributionViewSet,
        ConferenceViewSet,
        ParticipationViewSet,
    )


register_snippet(SupportGroup)
