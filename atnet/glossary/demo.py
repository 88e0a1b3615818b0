"""Demo data: a glossary page with about twenty terms, in ro, en and ru.

Idempotent: a page found by its slug under its parent is left as it is, so
editors' changes survive a second `load_demo`.
"""

from django.conf import settings
from wagtail.models import Site

from atnet.portal.services import page_translation_save, site_ensure

from . import demo_content as content
from .models import GlossaryIndexPage, TermPage

LANGUAGES = ("ro", "en", "ru")


def _home():
    """The Romanian home page (the portal's demo creates it first)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and site.root_page.depth == 2:
        return site.root_page.specific
    return site_ensure(hostname=settings.ATNET_SITE_HOSTNAME, port=settings.ATNET_SITE_PORT)


def _ensure(parent, page, fields_for):
    """`page` under `parent` with its translations, unless one with its slug exists."""
    existing = type(page).objects.child_of(parent).filter(slug=page.slug).first()
    if existing:
        return existing
    for name, value in fields_for("ro").items():
        setattr(page, name, value)
    parent.add_child(instance=page)
    page.save_revision().publish()
    for language in LANGUAGES[1:]:
        page_translation_save(page=page, language=language, fields=fields_for(language))
    return page


def _term_fields(source, texts):
    def build(language: str) -> dict:
        title, definition, forms = texts[language]
        instrument = source[LANGUAGES.index(language)]
        return {
            "title": title,
            "definition": definition,
            "variants": forms,
            "source_instrument": instrument,
        }

    return build


def demo_load() -> dict[str, int]:
    index = _ensure(
        _home(),
        GlossaryIndexPage(slug="glossary", show_in_menus=True),
        lambda language: content.INDEX[language],
    )
    terms = [
        _ensure(index, TermPage(slug=slug, source_year=source[3]), _term_fields(source, texts))
        for slug, source, texts in content.TERMS
    ]
    return {"glossary_terms": len(terms)}
