"""The personal-data section of the workspace menu (see atnet.core.workspace)."""

from django.utils.translation import gettext_lazy as _

from atnet.accounts.roles import is_coordinator
from atnet.core.workspace import Section

SECTIONS = [Section("privacy", _("Personal data"), "privacy:home", is_coordinator, 70)]
