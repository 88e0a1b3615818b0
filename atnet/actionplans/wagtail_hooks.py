"""Plans, objectives, measures, indicators and periods are edited by coordinators in the admin.

Reports are written in the workspace by the focal points and reopened there by
the coordinator; they are not in the admin, so that no one edits an
organisation's report behind its back.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Indicator, Measure, Objective, Plan, ReportingPeriod


class PlanViewSet(SnippetViewSet):
    model = Plan
    icon = "list-ol"
    list_display = ["title_ro", "starts", "ends", "is_public"]


class ObjectiveViewSet(SnippetViewSet):
    model = Objective
    icon = "list-ul"
    list_display = ["number", "title_ro", "plan"]
    list_filter = ["plan"]


class MeasureViewSet(SnippetViewSet):
    model = Measure
    icon = "tasks"
    list_display = ["number", "text_ro", "deadline"]
    list_filter = ["plan", "objective"]
    search_fields = ["number", "text_ro"]


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "pick"
    list_display = ["name_ro", "measure", "target"]


class ReportingPeriodViewSet(SnippetViewSet):
    model = ReportingPeriod
    icon = "date"
    list_display = ["label_ro", "plan", "starts", "ends", "due"]


class ActionPlansGroup(SnippetViewSetGroup):
    menu_label = _("Action plans")
    menu_icon = "list-ol"
    menu_order = 350
    items = (
        PlanViewSet,
        ObjectiveViewSet,
        MeasureViewSet,
        IndicatorViewSet,
        ReportingPeriodViewSet,
    )


register_snippet(ActionPlansGroup)
