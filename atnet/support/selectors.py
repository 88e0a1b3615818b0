"""Reads of the support app (constant number of queries per listing)."""

from django import forms
from django.db.models import Prefetch, Sum
from django.utils.translation import gettext_lazy as _

from atnet.core.pagination import paginate
from atnet.core.text import search_terms

from .models import (
    Conference,
    ConferenceParticipation,
    Equipment,
    Material,
    MaterialFile,
    MaterialKind,
)
from .permissions import is_coordinator, member_organisation_ids


class LibraryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search the library"), max_length=200, required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *MaterialKind.choices], required=False
    )


def materials_with_files(queryset):
    return queryset.prefetch_related(
        Prefetch("files", queryset=MaterialFile.objects.order_by("language"))
    ).annotate(copies=Sum("distributions__copies"))


def materials_search(queryset, query: str):
    """Diacritic- and case-insensitive search over the titles in the three languages."""
    for term in search_terms(query):
        queryset = queryset.filter(search_folded__contains=term)
    return queryset


def library_listing(*, request) -> dict:
    form = LibraryFilterForm(request.GET or None)
    materials = Material.objects.public()
    if form.is_valid():
        materials = materials_search(materials, form.cleaned_data["q"])
        if form.cleaned_data["kind"]:
            materials = materials.filter(kind=form.cleaned_data["kind"])
    items = paginate(request, materials_with_files(materials).order_by("-year", "title_ro", "pk"))
    return {"form": form, "items": items}


def equipment_for(user):
    equipment = Equipment.objects.select_related("recipient", "unit")
    if not is_coordinator(user):
        equipment = equipment.filter(recipient_id__in=member_organisation_ids(user))
    return equipment


def members_materials():
    return materials_with_files(Material.objects.all()).order_by("-year", "title_ro", "pk")


def conferences_with_participants():
    return Conference.objects.prefetch_related(
        Prefetch(
            "participations",
            queryset=ConferenceParticipation.objects.select_related("organisation", "funded_by"),
        )
    )
