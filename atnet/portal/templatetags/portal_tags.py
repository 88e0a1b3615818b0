"""Template tags for the site chrome: menu, language switcher, hreflang alternates."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from atnet.portal.selectors import menu_pages, page_translations

register = template.Library()


def _home(request) -> Page | None:
    """The home page in the active language, looked up once per request."""
    if not hasattr(request, "_atnet_home"):
        site = Site.find_for_request(request)
        request._atnet_home = site.root_page.localized if site else None
    return request._atnet_home


@register.simple_tag(takes_context=True)
def home_page(context):
    return _home(context["request"])


@register.simple_tag(takes_context=True)
def main_menu(context):
    home = _home(context["request"])
    return menu_pages(home) if home else []


@register.simple_tag(takes_context=True)
def language_versions(context, page=None):
    """One entry per language: where the switcher goes and whether a translation exists.

    For a Wagtail page the target is its translation, or a page explaining that
    there is none yet; for any other view, the same path in the other language.
    """
    request = context["request"]
    if page is None or not getattr(page, "translation_key", None):
        return [
            _version(code, name, translate_url(request.get_full_path(), code), True)
            for code, name in settings.LANGUAGES
        ]
    translations = page_translations(page)
    versions = []
    for code, name in settings.LANGUAGES:
        translation = translations.get(code)
        url = translation.get_url(request) if translation else _not_translated_url(code, page.pk)
        versions.append(_version(code, name, url, translation is not None))
    return versions


def _not_translated_url(code: str, page_id: int) -> str:
    from django.utils import translation

    with translation.override(code):
        return reverse("portal:not_translated", args=[page_id])


def _version(code, name, url, exists) -> dict:
    # Each language is named in itself, so a visitor can find their own.
    return {
        "code": code,
        "name": get_language_info(code)["name_local"],
        "url": url,
        "exists": exists,
        "current": code == get_language(),
    }


@register.simple_tag(takes_context=True)
def absolute(context, url: str) -> str:
    return context["request"].build_absolute_uri(url)
