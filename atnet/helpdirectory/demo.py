"""Demo data: "where to get help" with the verified national services, in ro, en and ru.

Idempotent: a page found by its slug under its parent is left as it is, so
editors' changes survive a second `load_demo`. The example entries of earlier
versions (flagged as examples, with placeholder numbers) are removed.
"""

from django.conf import settings
from wagtail.models import Site

from atnet.geo.models import AdministrativeUnit
from atnet.portal.services import page_translation_save, site_ensure

from . import demo_content as content
from .models import PLACEHOLDER_PHONE, HelpIndexPage, HelpPhone, HelpServicePage

TRANSLATIONS = ("en", "ru")
# Not "help": /<lang>/help/ is the directory's short address, which redirects here.
INDEX_SLUG = "get-help"
FLAGS = ("kind", "nationwide", "free", "anonymous")
SHARED = ("website", "source_url")


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


def _phones(item, language):
    return [
        HelpPhone(number=number, label=label[language] if label else "")
        for number, label in item["phones"]
    ]


def _service(index, item):
    page = HelpServicePage(
        slug=item["slug"],
        last_verified=content.VERIFIED,
        **{flag: item.get(flag, False) for flag in FLAGS},
        **{name: item.get(name, "") for name in SHARED},
    )
    page.units = list(AdministrativeUnit.objects.filter(code__in=item.get("units", [])))
    return _ensure(
        index,
        page,
        lambda language: {
            **item[language],
            "phones": _phones(item, language),
            "verified_by": content.VERIFIED_BY[language],
        },
    )


def _retire_examples(index) -> None:
    """Remove the example entries earlier demos made: their numbers were placeholders."""
    for page in HelpServicePage.objects.child_of(index).filter(is_example=True):
        if any(PLACEHOLDER_PHONE.search(phone.number) for phone in page.phones.all()):
            for translation in page.get_translations():
                translation.delete()
            page.delete()


def demo_load() -> dict[str, int]:
    index = _ensure(
        _home(),
        HelpIndexPage(slug=INDEX_SLUG, show_in_menus=True),
        lambda language: content.INDEX[language],
    )
    _retire_examples(index)
    services = [_service(index, item) for item in content.SERVICES]
    return {"help_services": len(services)}
