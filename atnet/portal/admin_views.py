from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from atnet.core.pagination import paginate

from .translation_status import (
    FILTER_STATES,
    STATE_LABELS,
    filtered_rows,
    translation_groups,
    translation_rows,
    waiting_counts,
)

ROWS_PER_PAGE = 50


def translation_status(request):
    """Every page the user may edit with its versions, from wagtail-localize's progress."""
    title = request.GET.get("q", "").strip()
    languages = dict(settings.LANGUAGES)
    language = request.GET.get("language", "")
    language = language if language in languages and language != settings.LANGUAGE_CODE else ""
    state = request.GET.get("state", "")
    state = state if state in FILTER_STATES else ""
    if state or language:
        # A state is read from each translation's segments: filtered in Python, then paginated.
        rows_page = Paginator(
            filtered_rows(user=request.user, title=title, language=language, state=state),
            ROWS_PER_PAGE,
        ).get_page(request.GET.get("page"))
        rows, items = list(rows_page), rows_page
    else:
        items = paginate(request, translation_groups(user=request.user, title=title), ROWS_PER_PAGE)
        rows = translation_rows(items, user=request.user)
    return render(
        request,
        "portal/admin/translation_status.html",
        {
            "rows": rows,
            "items": items,
            "query": title,
            "language": language,
            "state": state,
            "language_choices": [
                (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
            ],
            "state_choices": [(code, STATE_LABELS[code]) for code in FILTER_STATES],
        },
    )


class TranslationsWaitingPanel(Component):
    """The dashboard's count of translations waiting for work, per language."""

    name = "translations_waiting"
    template_name = "portal/admin/translations_waiting_panel.html"
    order = 240

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        counts = waiting_counts(parent_context["request"].user)
        context["languages"] = [
            {
                "code": code,
                "name": name,
                "states": [(state, STATE_LABELS[state], n) for state, n in counts[code].items()],
            }
            for code, name in settings.LANGUAGES
            if code in counts
        ]
        context["heading"] = _("Translations waiting")
        return context
