"""The account section of the workspace menu (see atnet.core.workspace)."""

from django.utils.translation import gettext_lazy as _

from atnet.core.workspace import Section


def _signed_in(user) -> bool:
    return user.is_authenticated


SECTIONS = [Section("account", _("Your account"), "accounts:account", _signed_in, 90)]
