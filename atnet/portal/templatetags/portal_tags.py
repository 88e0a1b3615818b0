"""Template tags for the site chrome: menu, language switcher, hreflang alternates."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

from atnet.glossary.linking import link_first_mentions
from atnet.glossary.selectors import link_targets
from atnet.portal.cache import cached
from atnet.portal.selectors import menu_pages, page_translations

register = template.Library()


def _site(request) -> Site | None:
    return Site.find_for_request(request)


def _home(request) -> dict | None:
    """The home page in the active language (pk, url), the same for every visitor."""
    site = _site(request)
    if site is None:
        return None
    return cached(
        "home", (site.pk, get_language()), lambda: _link(site.root_page.localized, request)
    )


def _link(page: Page, request) -> dict:
    return {"pk": page.pk, "url": page.get_url(request), "title": page.title, "path": page.path}


@register.simple_tag(takes_context=True)
def home_page(context):
    return _home(context["request"])


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children shown in menus: pk, url, title and path of each."""
    request = context["request"]
    site = _site(request)
    if site is None:
        return []

    def links():
        return [_link(page, request) for page in menu_pages(site.root_page.localized)]

    return cached("menu", (site.pk, get_language()), links)


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
    site = _site(request)
    key = (site.pk if site else 0, page.translation_key, get_language())
    return cached("versions", key, lambda: _page_versions(page, request))


def _page_versions(page, request) -> list[dict]:
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


@register.filter(is_safe=True)
def glossary_linked(html):
    """The glossary app's `glossary_links`, with the terms' targets cached until content changes.

    Reading the targets costs a query and a URL per term on every article view;
    they change only when a term page is published, unpublished or moved.
    """
    targets = cached("glossary-targets", (get_language(),), _glossary_targets)
    # Plain text is escaped first; links added by link_first_mentions are escaped there.
    safe = conditional_escape(html)
    return mark_safe(link_first_mentions(str(safe), targets))  # noqa: S308


def _glossary_targets() -> dict[str, str]:
    try:
        return link_targets(Locale.get_active())
    except Locale.DoesNotExist:
        return {}


@register.tag("content_cache")
def content_cache(parser, token):
    """`{% content_cache "name" part ... %}…{% end_content_cache %}`: the enclosed
    markup, rendered once per content version, language, host and parts.

    A page's main content is the same for every visitor until an editor changes
    the content (which moves the content version, see `atnet.portal.cache`), so
    it is rendered once rather than on every view: the queries it reads (the
    pages' context is lazy) and the StreamField and glossary work are skipped.
    Entries also expire after `cache.TIMEOUT` seconds, which bounds how late a
    time-dependent list (upcoming events) can be. Previews are never cached:
    they show unpublished changes under the live page's id.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("content_cache needs a name")
    nodelist = parser.parse(("end_content_cache",))
    parser.delete_first_token()
    return ContentCacheNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])


class ContentCacheNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist = nodelist
        self.parts = parts

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [
            get_language(),
            request.get_host(),
            *(part.resolve(context) for part in self.parts),
        ]
        return cached("fragment", parts, lambda: self.nodelist.render(context))


@register.simple_tag
def fallback_languages(page) -> dict[str, str]:
    """Where `page` still shows text in its source language (a translation published
    with segments missing): path → language code. Read once per rendering of the
    page's cached content."""
    from atnet.portal.translation_workflow import fallback_languages as read

    return read(page) if getattr(page, "translation_key", None) else {}


@register.simple_tag
def lang_attr(languages: dict, path: str) -> str:
    """` lang="ro"` when the text at `path` is shown untranslated, else nothing."""
    language = languages.get(path)
    return format_html(' lang="{}"', language) if language else ""


@register.simple_tag(takes_context=True)
def body_with_languages(context, body, languages: dict, field: str = "body"):
    """A StreamField rendered as Wagtail renders it, each untranslated block marked
    with the language it is written in."""
    flat = context.flatten()
    return format_html_join(
        "\n",
        '<div class="block-{}"{}>{}</div>',
        (
            (child.block_type, lang_attr(languages, f"{field}.{child.id}"), child.render(flat))
            for child in body
        ),
    )
