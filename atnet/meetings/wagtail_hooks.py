"""Series and National Committee sessions are edited in the Wagtail admin by coordinators.

Meetings themselves are run from the workspace (planning, invitations,
attendance), where every change goes through the services and is audited.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CommitteeSession, Series


class SeriesViewSet(SnippetViewSet):
    model = Series
    icon = "date"
    list_display = ["name_ro", "kind", "recurrence"]


class CommitteeSessionViewSet(SnippetViewSet):
    model = CommitteeSession
    icon = "group"
    list_display = ["title_ro", "starts_at", "is_public"]
    list_filter = ["is_public"]
    ordering = ["-starts_at"]


class MeetingsGroup(SnippetViewSetGroup):
    menu_label = _("Coordination meetings")
    menu_icon = "date"
    menu_order = 300
    items = (SeriesViewSet, CommitteeSessionViewSet)


register_snippet(MeetingsGroup)
