"""The glossary's part of the site search: its terms."""

from django.utils.translation import gettext_lazy as _

from atnet.portal.search_kinds import PageKind

from .models import TermPage

SEARCH_KINDS = [
    PageKind(key="glossary", label=_("Glossary terms"), page_types=(TermPage,), order=60)
]
