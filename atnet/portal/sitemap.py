"""sitemap.xml with an hreflang alternate for every translation of each page."""

from collections import defaultdict

from django.shortcuts import render
from django.views.decorators.cache import cache_page
from wagtail.models import Page, Site

SITEMAP_LIMIT = 50_000  # the sitemaps.org protocol's maximum per file


@cache_page(60 * 15)
def sitemap(request):
    site = Site.find_for_request(request)
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .select_related("locale")
        .order_by("path")[:SITEMAP_LIMIT]
    )
    groups = defaultdict(list)
    for page in pages:
        # The host the request came to, not the Site record's (which may say localhost).
        path = page.get_url(request)
        url = request.build_absolute_uri(path) if path else None
        if url:
            groups[page.translation_key].append(
                {
                    "location": url,
                    "language": page.locale.language_code,
                    "lastmod": page.last_published_at,
                }
            )
    entries = [{**entry, "alternates": group} for group in groups.values() for entry in group]
    return render(
        request,
        "portal/sitemap.xml",
        {"entries": entries, "site": site},
        content_type="application/xml",
    )
