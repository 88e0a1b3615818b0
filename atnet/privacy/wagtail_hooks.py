"""The admin's way to the personal-data pages (coordinators and administrators only).

The audit log has no Wagtail admin view of its own: it is read in the workspace
(privacy:audit_log), so no admin add, edit or delete view can exist for it.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from atnet.accounts.roles import is_coordinator


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


@hooks.register("register_admin_menu_item")
def privacy_menu_item():
    return CoordinatorMenuItem(
        _("Personal data"), reverse("privacy:home"), icon_name="lock", order=9000
    )


@hooks.register("register_admin_menu_item")
def audit_menu_item():
    return CoordinatorMenuItem(
        _("Audit log"), reverse("privacy:audit_log"), icon_name="list-ul", order=9001
    )
