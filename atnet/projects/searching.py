"""The projects' part of the site search: the project pages."""

from django.utils.translation import gettext_lazy as _

from atnet.portal.search_kinds import PageKind

from .models import ProjectPage

SEARCH_KINDS = [PageKind(key="projects", label=_("Projects"), page_types=(ProjectPage,), order=50)]
