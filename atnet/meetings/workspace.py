"""The meetings section of the workspace menu (see atnet.core.workspace)."""

from django.utils.translation import gettext_lazy as _

from atnet.core.workspace import Section

from .permissions import is_coordinator, is_member


def _may_open(user) -> bool:
    return is_coordinator(user) or is_member(user)


SECTIONS = [Section("meetings", _("Meetings"), "meetings:meeting_list", _may_open, 30)]
