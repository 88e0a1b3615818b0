"""Writes for the public website: the site tree, translations, publishing."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import HomePage

HOME_SLUG = "home"


def locales_ensure() -> dict[str, Locale]:
    """Every configured language exists as a Wagtail locale."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


@transaction.atomic
def site_ensure(*, hostname: str = "localhost", port: int = 80, title: str = "atnet") -> HomePage:
    """The Romanian home page under the tree root, served by the default site.

    Idempotent. Wagtail's own placeholder ("Welcome to your new Wagtail site!")
    is removed once our home page replaces it.
    """
    locales = locales_ensure()
    root = _tree_root()
    home = HomePage.objects.filter(depth=2, locale=locales[settings.LANGUAGE_CODE]).first()
    if home is None:
        _remove_placeholder(root)
        home = root.add_child(
            instance=HomePage(title=title, slug=HOME_SLUG, locale=locales[settings.LANGUAGE_CODE])
        )
        home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": hostname, "port": port, "root_page": home, "site_name": title},
    )
    return home


def _tree_root() -> Page:
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", slug="root", locale=Locale.get_default())
    return root


def _remove_placeholder(root: Page) -> None:
    for child in root.get_children().filter(content_type__model="page"):
        if not child.get_children().exists():
            Site.objects.filter(root_page=child).delete()
            child.delete()


@transaction.atomic
def page_translation_save(*, page: Page, language: str, fields: dict, publish: bool = True) -> Page:
    """Create or update `page`'s translation in `language` with `fields`.

    The translation is created with Wagtail's own copy (so it keeps the
    translation key and the synchronised fields), then the translated text is set.
    """
    locale = Locale.objects.get(language_code=language)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True, alias=False)
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    revision = translation.save_revision()
    if publish:
        revision.publish()
    return translation
