"""The IATI export needs a real organisation identifier from the environment."""

from django.conf import settings
from django.core import checks

from .iati import org_ref_problem


@checks.register()
def iati_org_ref(app_configs=None, **kwargs):
    problem = org_ref_problem(getattr(settings, "ATNET_IATI_ORG_REF", ""))
    if not problem:
        return []
    return [
        checks.Warning(
            f"IATI reporting organisation: {problem}.",
            hint="Set ATNET_IATI_ORG_REF to the registration agency prefix and number, "
            "e.g. MD-IDNO-<IDNO>, before publishing the export to IATI.",
            id="atnet.projects.W001",
        )
    ]
