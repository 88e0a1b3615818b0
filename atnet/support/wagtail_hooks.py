"""Coordinators keep equipment, materials and conferences in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
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


class EquipmentViewSet(SnippetViewSet):
    model = Equipment
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
    list_display = ["full_name", "conference", "role"]


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
