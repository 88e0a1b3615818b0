"""Demo data: the brochure's acts under a "Legislation" page, in ro, en and ru.

Idempotent: a page found by its slug under its parent is left as it is, so
editors' changes survive a second `load_demo`.
"""

from django.conf import settings
from wagtail.models import Site

from atnet.portal.services import page_translation_save, site_ensure

from . import demo_content as content
from .models import (
    ActContribution,
    ActDocument,
    ActPage,
    ActRelation,
    ActSource,
    LegislationIndexPage,
)

TRANSLATIONS = ("en", "ru")
# The shared, verified facts of an act (the same in every language).
FACTS = ("number", "date_adopted", "date_published", "date_in_force", "publication")


def _home():
    """The Romanian home page (the portal's demo creates it first)."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and site.root_page.depth == 2:
        return site.root_page.specific
    return site_ensure(hostname=settings.ATNET_SITE_HOSTNAME, port=settings.ATNET_SITE_PORT)


def _ensure(parent, page, fields_for):
    """`page` under `parent` with its translations, unless one with its slug exists.

    `fields_for(language)` gives the text fields (and child objects) of each language.
    """
    existing = type(page).objects.child_of(parent).filter(slug=page.slug).first()
    if existing:
        return existing, False
    for name, value in fields_for("ro").items():
        setattr(page, name, value)
    parent.add_child(instance=page)
    page.save_revision().publish()
    for language in TRANSLATIONS:
        page_translation_save(page=page, language=language, fields=fields_for(language))
    return page, True


def _texts(texts: dict):
    return lambda language: {"intro": "", **texts[language]}


def _act_fields(act: dict):
    def build(language: str) -> dict:
        items = [partner[language] for partner in act["partners"]]
        contributions = [ActContribution(partner=p, contribution=c) for p, c in items]
        sources = [
            ActSource(url=url or "", read_on=content.READ, covers=covers[language])
            for url, covers in act["sources"]
        ]
        documents = [
            ActDocument(language=lang, title=title, link=link)
            for lang, title, link in act.get("documents", [])
        ]
        return {
            **act[language],
            "contributions": contributions,
            "sources": sources,
            "documents": documents,
        }

    return build


def _act(index, act: dict):
    facts = {name: act[name] for name in FACTS if name in act}
    adopted = act.get("date_adopted")
    page = ActPage(
        slug=act["slug"],
        act_type=act["act_type"],
        status=act["status"],
        topic=act["topic"],
        year=adopted.year if adopted else act["year"],
        **facts,
    )
    page, created = _ensure(index, page, _act_fields(act))
    if created and act.get("relations"):
        _relate(index, page, act["relations"])
    return page


def _relate(index, page, relations) -> None:
    """Relations are set on the Romanian page; the pages resolve them by translation key."""
    for relation, slug in relations:
        target = ActPage.objects.child_of(index).get(slug=slug)
        ActRelation.objects.create(act=page, relation=relation, target=target)


def demo_load() -> dict[str, int]:
    index, _created = _ensure(
        _home(), LegislationIndexPage(slug="legislation", show_in_menus=True), _texts(content.INDEX)
    )
    acts = [_act(index, act) for act in content.ACTS]
    return {"acts": len(acts)}
