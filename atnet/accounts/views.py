from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services, two_factor
from .account_views import pending_start
from .forms import (
    InvitationAcceptForm,
    InvitationForm,
    TaskPasswordResetForm,
    ThrottledAuthenticationForm,
)
from .roles import is_coordinator


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return reverse("network:workspace")

    def dispatch(self, request, *args, **kwargs):
        # The admin sends a signed-in user without admin access here; sending
        # them back (redirect_authenticated_user) would loop.
        if request.user.is_authenticated and self._admin_refused(request):
            context = {"form": None, "admin_refused": True}
            return render(request, "accounts/login.html", context, status=403)
        return super().dispatch(request, *args, **kwargs)

    @staticmethod
    def _admin_refused(request) -> bool:
        next_url = request.POST.get("next") or request.GET.get("next") or ""
        return next_url.startswith("/admin/") and not request.user.has_perm(
            "wagtailadmin.access_admin"
        )

    def form_valid(self, form):
        """With an authenticator, the password alone does not sign in: the code comes next."""
        user = form.get_user()
        if not two_factor.has_two_factor(user):
            return super().form_valid(form)
        pending_start(self.request, user, self.get_success_url())
        return redirect("accounts:two_factor_verify")


class LogoutView(auth_views.LogoutView):
    def get_default_redirect_url(self):
        return reverse("accounts:login")


class PasswordResetView(auth_views.PasswordResetView):
    form_class = TaskPasswordResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


@require_POST
def sign_out_everywhere(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("accounts:login"))
    services.sessions_end_all(user=request.user)
    logout(request)
    messages.success(request, _("You have been signed out on every device."))
    return redirect("accounts:login")


def invitation_new(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("accounts:login"))
    if not is_coordinator(request.user):
        raise Http404
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.invitation_create(actor=request.user, **form.cleaned_data)
        messages.success(request, _("The invitation has been sent."))
        return redirect("accounts:invitation_new")
    return render(request, "accounts/invitation_new.html", {"form": form})


def invitation_accept(request, token: str):
    invitation = services.invitation_from_token(token)
    if invitation is None:
        return render(request, "accounts/invitation_invalid.html", status=410)
    form = InvitationAcceptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.invitation_accept(
            invitation=invitation,
            first_name=form.cleaned_data["first_name"],
            last_name=form.cleaned_data["last_name"],
            password=form.cleaned_data["password1"],
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("network:workspace")
    return render(
        request, "accounts/invitation_accept.html", {"form": form, "invitation": invitation}
    )
