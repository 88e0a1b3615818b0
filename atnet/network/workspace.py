"""The network's sections of the workspace menu (see atnet.core.workspace)."""

from django.utils.translation import gettext_lazy as _

from atnet.accounts.roles import is_coordinator
from atnet.core.workspace import Section

from .permissions import is_member


def _member_or_coordinator(user) -> bool:
    return is_coordinator(user) or is_member(user)


SECTIONS = [
    Section("home", _("Workspace home"), "network:workspace", _member_or_coordinator, 0),
    Section("organisations", _("Organisations"), "network:organisation_list",
            _member_or_coordinator, 10),
    Section("activities", _("Activities"), "network:activity_list", _member_or_coordinator, 20),
]  # fmt: skip
