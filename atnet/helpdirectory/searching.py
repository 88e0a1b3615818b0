"""The help directory's part of the site search: its services."""

from django.utils.translation import gettext_lazy as _

from atnet.portal.search_kinds import PageKind

from .models import HelpServicePage

SEARCH_KINDS = [
    PageKind(key="help", label=_("Help services"), page_types=(HelpServicePage,), order=65)
]
