from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from atnet.core.pagination import paginate

from .selectors import page_translations
from .site_search import shown, site_search
from .visibility import public_only

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "")
    too_long = len(query) > MAX_QUERY_LENGTH
    found = site_search(
        query=query[:MAX_QUERY_LENGTH],
        locale=Locale.get_active(),
        kind_key=request.GET.get("kind", ""),
    )
    results_page = paginate(request, found["results"])
    forms = found["forms"]
    return render(
        request,
        "portal/search.html",
        {
            **found,
            "query": query[:MAX_QUERY_LENGTH],
            "too_long": too_long,
            "results": results_page,
            "items": [shown(item, forms, request) for item in results_page],
            "group_items": [
                (group, [shown(hit, forms, request) for hit in group.first()])
                for group in found["groups"]
            ],
            # A broad search: its count stops at the cap and its results are newest first.
            "capped": found["results"].capped,
            "capped_at": getattr(found["results"], "capped_at", 0),
            "other_languages": [
                code for code, _name in settings.LANGUAGES if code != get_language()
            ],
        },
    )


def not_translated(request, page_id: int):
    """The language switcher's target when a page has no translation in this language."""
    page = public_only(Page.objects.live()).filter(pk=page_id).first()
    if page is None:
        raise Http404
    translations = page_translations(page)
    if get_language() in translations:
        return redirect(translations[get_language()].get_url(request))
    return render(
        request,
        "portal/not_translated.html",
        {
            "original": page.specific_deferred,
            "translations": translations,
        },
    )
