"""The action plans section of the workspace menu (see atnet.core.workspace)."""

from django.utils.translation import gettext_lazy as _

from atnet.core.workspace import Section

from .permissions import is_reporter

# Focal points report on their organisation's measures; coordinators compile.
SECTIONS = [Section("actionplans", _("Action plans"), "actionplans:workspace", is_reporter, 55)]
