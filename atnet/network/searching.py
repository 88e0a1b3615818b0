"""The network's part of the site search: public organisation profiles."""

from django.utils.translation import gettext_lazy as _

from atnet.portal.search_kinds import RecordHit, RecordKind
from atnet.portal.selectors import live_page_url

from .models import NetworkDirectoryPage, Organisation


def _public_organisations():
    return Organisation.objects.public().order_by("name_ro", "pk")


def _directory_url(language: str) -> str:
    return live_page_url(NetworkDirectoryPage, language)


def _hit(organisation: Organisation, directory_url: str) -> RecordHit:
    url = f"{directory_url}organisations/{organisation.slug}/" if directory_url else ""
    return RecordHit(title=organisation.name, summary=organisation.description, url=url)


SEARCH_KINDS = [
    RecordKind(
        key="organisations",
        label=_("Organisations"),
        records=_public_organisations,
        listing_url=_directory_url,
        hit=_hit,
        order=20,
    )
]
