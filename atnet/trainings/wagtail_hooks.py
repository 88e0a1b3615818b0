"""Coordinators manage courses, sessions and trainers in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from atnet.core.admin_choosers import PersonalDataChooserViewSet

from .models import Course, Session, Trainer


class CourseViewSet(SnippetViewSet):
    model = Course
    icon = "group"
    list_display = ["title_ro", "duration_days", "language", "is_public"]
    search_fields = ["title_ro", "title_en", "title_ru"]


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    list_display = [
        "course",
        "start_date",
        "unit",
        "status",
        "funded_by",
        Column("cost", label=_("Cost"), accessor="cost_display"),
    ]
    list_filter = ["status", "language"]


class TrainerViewSet(SnippetViewSet):
    model = Trainer
    chooser_viewset_class = PersonalDataChooserViewSet  # personal data
    icon = "user"
    list_display = ["full_name", "is_external"]


class TrainingsGroup(SnippetViewSetGroup):
    menu_label = _("Trainings")
    menu_icon = "group"
    items = (CourseViewSet, SessionViewSet, TrainerViewSet)


register_snippet(TrainingsGroup)
