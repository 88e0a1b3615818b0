"""The account page: two-factor sign-in (enrol, verify, disable), password and email changes."""

import time

from django.contrib import messages
from django.contrib.auth import get_user_model, login, update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_otp.plugins.otp_static.models import StaticDevice

from atnet.core.services import log_action

from . import throttle, two_factor
from .forms import EmailChangeForm, EnrolmentConfirmForm, TwoFactorCodeForm, TwoFactorDisableForm
from .roles import two_factor_required

PENDING_KEY = "atnet_two_factor_pending"
# Minutes between a correct password and the code: after that, start again.
PENDING_SECONDS = 10 * 60


def _sign_in_first(request):
    return redirect_to_login(request.get_full_path(), reverse("accounts:login"))


def _safe_next(request, candidate: str | None) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("accounts:account")


def pending_start(request, user, next_url: str) -> None:
    """The password was right; remember who is signing in until they give the code."""
    request.session.cycle_key()
    request.session[PENDING_KEY] = {
        "user": user.pk,
        "backend": user.backend,
        "until": int(time.time()) + PENDING_SECONDS,
        "next": next_url,
    }


def _pending_user(request):
    pending = request.session.get(PENDING_KEY)
    if not pending or pending.get("until", 0) < time.time():
        return None, None
    user = get_user_model().objects.filter(pk=pending["user"], is_active=True).first()
    return user, pending


@never_cache
def account(request):
    if not request.user.is_authenticated:
        return _sign_in_first(request)
    user = request.user
    context = {
        "two_factor_on": two_factor.has_two_factor(user),
        "two_factor_required": two_factor_required(user),
        "recovery_codes_left": two_factor.recovery_codes_left(user),
    }
    return render(request, "accounts/account.html", context)


@never_cache
def two_factor_verify(request):
    user, pending = _pending_user(request)
    if pending is None:
        if not request.user.is_authenticated:
            return _sign_in_first(request)
        if request.user.is_verified() or not two_factor.has_two_factor(request.user):
            return redirect(_safe_next(request, request.GET.get("next")))
        user = request.user
    next_url = pending["next"] if pending else _safe_next(request, request.GET.get("next"))
    form = TwoFactorCodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        device, status = _code_check(request, user, form)
        if device is not None:
            return _verified(request, user, device, pending, next_url)
    return render(request, "accounts/two_factor_verify.html", {"form": form}, status=status)


def _code_check(request, user, form):
    """The device that accepts the code, with throttling by account and address like passwords."""
    account_key, address = f"two-factor:{user.pk}", throttle.client_address(request)
    if throttle.is_blocked(account_key, address):
        form.add_error(None, _("Too many wrong codes. Wait 15 minutes and try again."))
        return None, 429
    device = two_factor.code_verify(user=user, code=form.cleaned_data["code"])
    if device is None:
        throttle.failure_record(account_key, address)
        form.add_error("code", _("This code is not valid. Check the time on your phone."))
        return None, 400
    throttle.success_record(account_key, address)
    return device, 200


def _verified(request, user, device, pending, next_url):
    if pending is not None:
        del request.session[PENDING_KEY]
        login(request, user, backend=pending["backend"])
    two_factor.session_verify(request, device)
    if isinstance(device, StaticDevice):
        left = two_factor.recovery_codes_left(user)
        messages.warning(
            request,
            _("You signed in with a recovery code. Recovery codes left: %(left)s.")
            % {"left": left},
        )
    return redirect(next_url)


@never_cache
def two_factor_enrol(request):
    if not request.user.is_authenticated:
        return _sign_in_first(request)
    user = request.user
    if two_factor.has_two_factor(user):
        if not user.is_verified():
            return redirect(f"{reverse('accounts:two_factor_verify')}?{request.GET.urlencode()}")
        messages.info(request, _("Two-factor sign-in is already on for your account."))
        return redirect("accounts:account")
    device = two_factor.enrolment_device(user)
    form = EnrolmentConfirmForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        codes = two_factor.enrolment_confirm(
            user=user, device=device, code=form.cleaned_data["code"]
        )
        if codes is not None:
            device.refresh_from_db()
            two_factor.session_verify(request, device)
            next_url = _safe_next(request, request.GET.get("next"))
            context = {"codes": codes, "next": next_url}
            return render(request, "accounts/two_factor_recovery_codes.html", context)
        form.add_error("code", _("This code is not valid. Check the time on your phone."))
        status = 400
    context = {
        "form": form,
        "qr_svg": two_factor.qr_svg(device),
        "secret": two_factor.secret_text(device),
        "required": two_factor_required(user),
    }
    return render(request, "accounts/two_factor_enrol.html", context, status=status)


def _after_password_and_code(request, template: str, context: dict, on_confirmed):
    """A change to the second factor itself: asks the password and a current code first.

    `on_confirmed(user)` runs once both are right and returns the response.
    """
    if not request.user.is_authenticated:
        return _sign_in_first(request)
    user = request.user
    if not two_factor.has_two_factor(user):
        return redirect("accounts:account")
    form = TwoFactorDisableForm(user, request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        device, status = _code_check(request, user, form)
        if device is not None:
            return on_confirmed(user)
    elif request.method == "POST":
        status = 400
    return render(request, template, {**context, "form": form}, status=status)


@never_cache
def two_factor_disable(request):
    def turn_off(user):
        two_factor.two_factor_disable(user=user)
        messages.success(request, _("Two-factor sign-in is off."))
        return redirect("accounts:account")

    required = request.user.is_authenticated and two_factor_required(request.user)
    context = {"required": required}
    return _after_password_and_code(request, "accounts/two_factor_disable.html", context, turn_off)


@never_cache
def recovery_codes_renew(request):
    """Ten new recovery codes (the old ones stop working), after the password and a code."""

    def renew(user):
        codes = two_factor.recovery_codes_new(user=user)
        log_action(actor=user, action="accounts.two_factor.recovery_codes_renew", obj=user)
        context = {"codes": codes, "next": reverse("accounts:account")}
        return render(request, "accounts/two_factor_recovery_codes.html", context)

    return _after_password_and_code(request, "accounts/recovery_codes_renew.html", {}, renew)


@never_cache
def password_change(request):
    if not request.user.is_authenticated:
        return _sign_in_first(request)
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            user = form.save()
            update_session_auth_hash(request, user)
            log_action(actor=user, action="accounts.password.change", obj=user)
            messages.success(request, _("Your password has been changed."))
            return redirect("accounts:account")
        return render(request, "accounts/password_change.html", {"form": form}, status=400)
    return render(request, "accounts/password_change.html", {"form": form})


@never_cache
def email_change(request):
    if not request.user.is_authenticated:
        return _sign_in_first(request)
    user = request.user
    form = EmailChangeForm(user, request.POST or None, initial={"email": user.email})
    if request.method == "POST":
        if form.is_valid():
            user.email = form.cleaned_data["email"]
            user.save(update_fields=["email"])
            log_action(actor=user, action="accounts.email.change", obj=user)
            messages.success(request, _("Your email address has been changed."))
            return redirect("accounts:account")
        return render(request, "accounts/email_change.html", {"form": form}, status=400)
    return render(request, "accounts/email_change.html", {"form": form})
