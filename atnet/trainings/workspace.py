"""The trainings section of the workspace menu (see atnet.core.workspace)."""

from django.utils.translation import gettext_lazy as _

from atnet.core.workspace import Section

from .permissions import focal_organisation_ids, is_coordinator


def _may_open(user) -> bool:
    return is_coordinator(user) or bool(focal_organisation_ids(user))


SECTIONS = [Section("trainings", _("Trainings"), "trainings:workspace", _may_open, 40)]
