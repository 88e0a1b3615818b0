"""The legislation's part of the site search: its acts (laws, plans, drafts)."""

from django.utils.translation import gettext_lazy as _

from atnet.portal.search_kinds import PageKind

from .models import ActPage

SEARCH_KINDS = [
    PageKind(key="legislation", label=_("Legislation"), page_types=(ActPage,), order=40)
]
