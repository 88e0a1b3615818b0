"""Wagtail's page view, with the route from a URL path to its page kept in the cache.

Wagtail finds a page by walking the tree from the site's root, one query per
path segment plus one for the specific page: four queries for an article,
on every view. The path → page mapping changes only when a page is published,
unpublished, moved or deleted, which all move the content version
(`atnet.portal.cache`), so it is cached under that version and the page is
then read in one query. Everything else (hooks, view restrictions, privacy,
`serve`) is Wagtail's own view, unchanged.

Only plain pages are cached: a routable page's sub-routes carry a view
function and are routed by Wagtail every time.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.shortcuts import redirect
from django.urls import re_path
from django.utils.translation import get_language
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from atnet.core.compat import wagtail as wagtail_compat

from .cache import cached
from .translation_workflow import untranslated_draft_source


def serve(request, path):
    if request.method in ("GET", "HEAD"):
        _route_from_cache(request, path)
    try:
        return wagtail_views.serve(request, path)
    except Http404:
        # A translation still in draft: its address says so instead of "not found".
        source = untranslated_draft_source(request, path)
        if source is None:
            raise
        return redirect("portal:not_translated", page_id=source.pk)


def _route_from_cache(request, path: str) -> None:
    """Sets Wagtail's own per-request route memo when the cache knows the page."""
    site = Site.find_for_request(request)
    if site is None:
        return
    found = cached("route", (site.pk, get_language(), path), lambda: _plain_route(request, path))
    if found is None or wagtail_compat.is_routed(request):
        return  # routed just now (a miss), or not cacheable
    content_type_id, page_id = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return  # a page type since removed: Wagtail routes the path
    # Not .first(): its ORDER BY costs more to build than the query takes.
    page = next(iter(model.objects.live().filter(pk=page_id)), None)
    if page is not None:
        wagtail_compat.set_route(request, page)


def _plain_route(request, path: str) -> tuple[int, int] | None:
    route = Page.route_for_request(request, path)
    if route is None:
        return None
    page, args, kwargs = route
    if args or kwargs:
        return None
    return page.content_type_id, page.pk


# Wagtail's URLs with this view as `wagtail_serve` (the name page URLs are reversed with).
urlpatterns = [
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
]
