"""The editors' dashboard lists help entries to check again (never verified, or over six months)."""

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .selectors import services_to_verify


class VerificationPanel(Component):
    name = "help_services_to_verify"
    order = 150
    template_name = "helpdirectory/admin/verification_panel.html"

    def get_context_data(self, parent_context=None):
        return {"services": services_to_verify()}


@hooks.register("construct_homepage_panels")
def add_verification_panel(request, panels):
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(VerificationPanel())
