"""Every URL pattern of the project, read from the resolver, under a stable key.

The key is the full route as written in the URLconfs (namespaces included in
the route's own prefixes), with the language prefix of i18n_patterns written
`<lang>/` so that it does not depend on the active language. Two patterns
with the same route would be indistinguishable; the enumeration refuses them.

Wagtail's page catch-all hides the routes of routable pages (the public
directory's profiles, the figures page's exports): each gets a key too,
`page:<app>.<model>/<route>`, read from the page model's own URL patterns.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern

LANG = "<lang>/"


@dataclass(frozen=True)
class Pattern:
    key: str
    name: str  # namespaced URL name, '' when the pattern has none


def _prefix(pattern) -> str:
    if isinstance(pattern, LocalePrefixPattern):
        return LANG
    return str(pattern)


def _walk(patterns, prefix: str = "", namespace: str = ""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = namespace + (f"{entry.namespace}:" if entry.namespace else "")
            yield from _walk(entry.url_patterns, prefix + _prefix(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}{entry.name}" if entry.name else ""
            yield Pattern(key=prefix + str(entry.pattern), name=name)


def _page_routes():
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    for model in apps.get_models():
        if issubclass(model, RoutablePageMixin):
            label = f"{model._meta.app_label}.{model._meta.model_name}"
            routes = {}  # the first route wins, as in the page's resolver (index_route is last)
            for route in model.get_subpage_urls():
                routes.setdefault(str(route.pattern), route.name or "")
            for route, name in routes.items():
                yield Pattern(key=f"page:{label}/{route}", name=name)


def project_patterns() -> list[Pattern]:
    found = [*_walk(get_resolver(settings.ROOT_URLCONF).url_patterns), *_page_routes()]
    keys = [pattern.key for pattern in found]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    assert not duplicates, (
        f"two URL patterns share a route, the matrix cannot tell them apart: {duplicates}"
    )
    return found
