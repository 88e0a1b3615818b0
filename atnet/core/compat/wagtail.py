"""Wagtail's private names (and treebeard's, under its page tree), each behind one function."""

from wagtail.models import Page


def remembered_site(request):
    """The site Wagtail has found for this request, or None if it has not looked yet."""
    return getattr(request, "_wagtail_site", None)


def remember_site(request, site) -> None:
    """Tells Wagtail the site of this request: `Site.find_for_request` then asks nothing."""
    request._wagtail_site = site


def is_routed(request) -> bool:
    """Whether Wagtail already has (or has refused) a route for this request."""
    return hasattr(request, "_wagtail_route_for_request")


def set_route(request, page) -> None:
    """Tells Wagtail that this request routes to `page` (no sub-route arguments):
    `Page.route_for_request`, hence Wagtail's serve view, then walks no tree."""
    request._wagtail_route_for_request = (page, [], {})


def path_step(path: str) -> int:
    """The position among its siblings encoded in the last step of a page's tree path."""
    return Page._str2int(path[-Page.steplen :])


def child_path(parent_path: str, depth: int, step: int) -> str:
    """The tree path of the `step`-th child (at `depth`) of the page at `parent_path`."""
    return Page._get_path(parent_path, depth, step)
