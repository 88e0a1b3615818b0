from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .roles import is_coordinator


class InvitationMenuItem(MenuItem):
    """Coordinators only; the form is in the workspace, in the admin's active language."""

    def is_shown(self, request):
        return is_coordinator(request.user)

    def render_component(self, request):
        # Menu items are built once and cached: resolve the language prefix per request.
        self.url = reverse("accounts:invitation_new")
        return super().render_component(request)


@hooks.register("register_admin_menu_item")
def register_invitation_menu_item():
    return InvitationMenuItem(_("Invite a person"), "", icon_name="mail", order=215)


class AccountSecurityMenuItem(MenuItem):
    """Two-factor sign-in, password and sessions: on our account page, in the admin's language."""

    def render_component(self, request):
        self.url = reverse("accounts:account")
        return super().render_component(request)


@hooks.register("register_admin_menu_item")
def register_account_security_menu_item():
    return AccountSecurityMenuItem(_("Two-factor sign-in"), "", icon_name="lock", order=10000)


@hooks.register("before_serve_page")
def restricted_pages_after_the_second_factor(page, request, serve_args, serve_kwargs):
    """A page with a view restriction is for users who passed the second factor, if required.

    The middleware guards whole areas by path; a restricted page can be anywhere
    in the tree, so it is checked here, before Wagtail's own restriction check.
    """
    from .middleware import second_factor_pending, second_factor_redirect

    if page.get_view_restrictions().exists() and second_factor_pending(request):
        return second_factor_redirect(request)
    return None
