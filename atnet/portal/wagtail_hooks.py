from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .translation_workflow import CONFIRM_FIELD, missing_segments, needs_confirmation


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("translation-status/", admin_views.translation_status, name="translation_status")]


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=250
    )


# Before wagtail-localize's own hook, which publishes with the source text in
# place of every missing segment without asking.
@hooks.register("before_edit_page", order=-10)
def confirm_publishing_untranslated_text(request, page):
    if request.method != "POST":
        return None
    translation = needs_confirmation(page, request.POST)
    if translation is None:
        return None
    return TemplateResponse(
        request,
        "portal/admin/confirm_untranslated_publish.html",
        {
            "page": page,
            "translation": translation,
            "missing": missing_segments(translation).select_related("string")[:20],
            "missing_count": missing_segments(translation).count(),
            "confirm_field": CONFIRM_FIELD,
        },
    )


@hooks.register("construct_homepage_panels")
def add_translations_waiting_panel(request, panels):
    panels.append(admin_views.TranslationsWaitingPanel())
