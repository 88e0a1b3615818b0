from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from atnet.core.pagination import paginate

from .search import highlight, search_pages
from .selectors import page_translations
from .visibility import public_only

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "")
    too_long = len(query) > MAX_QUERY_LENGTH
    results, terms = search_pages(query=query, locale=Locale.get_active())
    results_page = paginate(request, results)
    for page in results_page:
        page.search_title = highlight(page.title, terms)
        page.search_summary = highlight(getattr(page, "summary", ""), terms)
    return render(
        request,
        "portal/search.html",
        {
            "query": query[:MAX_QUERY_LENGTH],
            "too_long": too_long,
            "terms": terms,
            "results": results_page,
            # A broad search: its count stops at the cap and its results are newest first.
            "capped": results.capped,
            "capped_at": results.capped_at,
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
