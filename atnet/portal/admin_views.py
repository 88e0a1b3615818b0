from django.shortcuts import render

from atnet.core.pagination import paginate

from .translation_status import translation_groups, translation_rows

ROWS_PER_PAGE = 50


def translation_status(request):
    """Every page with its ro/en/ru versions: missing, draft, stale or up to date."""
    only_problems = request.GET.get("problems") == "1"
    title = request.GET.get("q", "").strip()
    groups = paginate(
        request, translation_groups(only_problems=only_problems, title=title), ROWS_PER_PAGE
    )
    return render(
        request,
        "portal/admin/translation_status.html",
        {
            "rows": translation_rows(groups),
            "items": groups,
            "only_problems": only_problems,
            "query": title,
        },
    )
