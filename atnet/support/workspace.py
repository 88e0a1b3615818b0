"""The support section of the workspace menu (see atnet.core.workspace)."""

from django.utils.translation import gettext_lazy as _

from atnet.core.workspace import Section

from .permissions import is_member

SECTIONS = [Section("support", _("Support"), "support:workspace", is_member, 50)]
