"""Demo data: "where to get help" with 112 and example services, in ro, en and ru.

Idempotent: a page found by its slug under its parent is left as it is, so
editors' changes survive a second `load_demo`.
"""

from django.conf import settings
from wagtail.models import Site

from atnet.geo.models import AdministrativeUnit
from atnet.portal.services import page_translation_save, site_ensure

from . import demo_content as content
from .models import HelpIndexPage, HelpPhone, HelpServicePage

TRANSLATIONS = ("en", "ru")
# Not "help": /<lang>/help/ is the directory's short address, which redirects here.
INDEX_SLUG = "get-help"
FLAGS = ("kind", "nationwide", "free", "anonymous", "is_example")


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
    for language in TRANSLATIONS:
        page_translation_save(page=page, language=language, fields=fields_for(language))
    return page


def _service(index, item):
    page = HelpServicePage(slug=item["slug"], **{flag: item.get(flag, False) for flag in FLAGS})
    page.units = list(AdministrativeUnit.objects.filter(code__in=item.get("units", [])))
    page.phones = [HelpPhone(number=number, label=label) for number, label in item["phones"]]
    return _ensure(
        index, page, lambda language: {**item[language], "languages": item["languages"][language]}
    )


def demo_load() -> dict[str, int]:
    index = _ensure(
        _home(),
        HelpIndexPage(slug=INDEX_SLUG, show_in_menus=True),
        lambda language: content.INDEX[language],
    )
    services = [_service(index, item) for item in content.SERVICES]
    return {"help_services": len(services)}
