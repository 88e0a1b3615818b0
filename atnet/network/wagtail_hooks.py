"""Coordinators manage the network in the Wagtail admin.

Listings have filters, a search insensitive to case and diacritics, bulk
actions, and Wagtail's history of every change (the workspace's changes are
logged there too, by services.py).
"""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from atnet.core.admin_choosers import PersonalDataChooserViewSet
from atnet.core.text import search_terms
from atnet.geo.models import DevelopmentRegion

from . import services
from .fields import choice_list_contains
from .models import Activity, ActivityStatus, Domain, Membership, Organisation, Person


class FoldedSearchIndexView(IndexView):
    """Search the folded column, so `Chisinau` finds `Chișinău` on every database."""

    def search_queryset(self, queryset):
        for term in search_terms(self.search_query if self.is_searching else ""):
            queryset = queryset.filter(search_folded__contains=term)
        return queryset


def _domain_filter(queryset, name, value):
    return queryset.filter(choice_list_contains("domains", value)) if value else queryset


class OrganisationFilterSet(WagtailFilterSet):
    domain = django_filters.ChoiceFilter(
        label=_("Domain"), choices=Domain.choices, method=_domain_filter
    )
    development_region = django_filters.ChoiceFilter(
        label=_("Development region"),
        choices=DevelopmentRegion.choices,
        field_name="regions__development_region",
        distinct=True,
    )

    class Meta:
        model = Organisation
        fields = ["type", "level", "is_public"]


class ActivityFilterSet(WagtailFilterSet):
    domain = django_filters.ChoiceFilter(
        label=_("Domain"), choices=Domain.choices, method=_domain_filter
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ActivityStatus.choices)
    development_region = django_filters.ChoiceFilter(
        label=_("Development region"),
        choices=DevelopmentRegion.choices,
        field_name="regions__development_region",
        distinct=True,
    )

    class Meta:
        model = Activity
        fields = ["organisation__type", "is_public", "organisation"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_order = 100
    index_view_class = FoldedSearchIndexView
    search_fields = ["search_folded"]
    search_backend_name = None
    list_display = ["name_ro", "acronym", "type", "level", "is_public", "last_verified"]
    list_export = ["name_ro", "name_en", "name_ru", "acronym", "type", "level", "email"]
    filterset_class = OrganisationFilterSet
    ordering = ["name_ro"]


class ActivityViewSet(SnippetViewSet):
    model = Activity
    icon = "date"
    menu_order = 110
    index_view_class = FoldedSearchIndexView
    search_fields = ["search_folded"]
    search_backend_name = None
    list_display = ["title", "organisation", "status", "start_date", "end_date", "is_public"]
    list_export = ["title", "organisation", "status", "start_date", "end_date", "is_public"]
    filterset_class = ActivityFilterSet


class PersonViewSet(SnippetViewSet):
    model = Person
    chooser_viewset_class = PersonalDataChooserViewSet  # personal data
    icon = "user"
    menu_order = 120
    search_fields = ["full_name", "email", "position"]
    search_backend_name = None
    list_display = ["full_name", "organisation", "position", "is_focal_point"]
    list_filter = ["is_focal_point", "preferred_language", "organisation__type"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    chooser_viewset_class = PersonalDataChooserViewSet  # personal data
    icon = "key"
    menu_order = 130
    search_fields = ["user__username", "user__email", "organisation__name_ro"]
    search_backend_name = None
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role", "organisation__type"]


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, ActivityViewSet, PersonViewSet, MembershipViewSet)
    menu_icon = "site"
    menu_label = _("Network")
    menu_name = "network"
    menu_order = 210


register_snippet(NetworkViewSetGroup)


@hooks.register("register_bulk_action")
class MarkVerifiedBulkAction(SnippetBulkAction):
    """A coordinator who has checked several profiles marks them verified at once."""

    display_name = _("Mark verified today")
    aria_label = _("Mark the selected organisations as verified today")
    action_type = "mark_verified"
    template_name = "network/admin/confirm_bulk_verify.html"
    models = [Organisation]
    action_priority = 20

    def check_perm(self, obj):
        return self.request.user.has_perm("network.change_organisation")

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        today = timezone.localdate()
        for organisation in objects:
            services.organisation_update(
                actor=user, organisation=organisation, data={"last_verified": today}
            )
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d organisation marked verified today.",
            "%(count)d organisations marked verified today.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
