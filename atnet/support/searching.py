"""Support's part of the site search: the public key materials of the library."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from atnet.portal.search_kinds import RecordHit, RecordKind
from atnet.portal.selectors import live_page_url

from .models import LibraryPage, Material


def _public_materials():
    return Material.objects.public().order_by("-year", "title_ro", "pk")


def _library_url(language: str) -> str:
    return live_page_url(LibraryPage, language)


def _hit(material: Material, library_url: str) -> RecordHit:
    # The library lists a material by its title (its own search over the same column).
    url = f"{library_url}?{urlencode({'q': material.title})}" if library_url else ""
    return RecordHit(title=material.title, summary=material.summary, url=url)


SEARCH_KINDS = [
    RecordKind(
        key="materials",
        label=_("Library materials"),
        records=_public_materials,
        listing_url=_library_url,
        hit=_hit,
        order=70,
    )
]
