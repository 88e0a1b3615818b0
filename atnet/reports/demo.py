"""Demo data: the public "in figures" page in ro, en and ru (its numbers come from the records).

Idempotent: a page found by its slug under the home page is left as it is.
"""

from django.conf import settings
from wagtail.models import Site

from atnet.portal.services import page_translation_save, site_ensure

from .models import FiguresPage

TEXTS = {
    "ro": {
        "title": "Rețeaua în cifre",
        "intro": "<p>Ședințele de coordonare, instruirile și proiectele programului, numărate "
        "din evidențele platformei. Numerele mai mici de 5 persoane nu sunt afișate.</p>",
    },
    "en": {
        "title": "The network in figures",
        "intro": "<p>The programme's coordination meetings, trainings and projects, counted "
        "from the platform's records. Numbers of fewer than 5 people are not shown.</p>",
    },
    "ru": {
        "title": "Сеть в цифрах",
        "intro": "<p>Координационные совещания, обучения и проекты программы, подсчитанные "
        "по записям платформы. Число людей меньше 5 не показывается.</p>",
    },
}


def _home():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and site.root_page.depth == 2:
        return site.root_page.specific
    return site_ensure(hostname=settings.ATNET_SITE_HOSTNAME, port=settings.ATNET_SITE_PORT)


def demo_load() -> dict[str, int]:
    home = _home()
    if FiguresPage.objects.child_of(home).filter(slug="figures").exists():
        return {"figures_pages": 0}
    page = FiguresPage(slug="figures", show_in_menus=True, **TEXTS["ro"])
    home.add_child(instance=page)
    page.save_revision().publish()
    for language in ("en", "ru"):
        page_translation_save(page=page, language=language, fields=TEXTS[language])
    return {"figures_pages": 1}
