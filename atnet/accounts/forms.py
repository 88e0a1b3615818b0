from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from atnet.core.forms import BoundedChoicesMixin
from atnet.network.models import Organisation, Role

from . import throttle
from .tasks import email_send


class ThrottledAuthenticationForm(AuthenticationForm):
    """Django's sign-in form, refusing further attempts after repeated failures."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "throttled": _(
            "Too many failed attempts to sign in to this account. Wait 15 minutes "
            "or reset your password."
        ),
    }

    def clean(self):
        username = self.cleaned_data.get("username", "")
        address = throttle.client_address(self.request)
        if throttle.is_blocked(username, address):
            raise forms.ValidationError(self.error_messages["throttled"], code="throttled")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            throttle.failure_record(username, address)
            raise
        throttle.success_record(username, address)
        return cleaned


class TaskPasswordResetForm(PasswordResetForm):
    """Password reset whose email goes through the background task queue."""

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email,
                  html_email_template_name=None):  # fmt: skip
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        body = render_to_string(email_template_name, context)
        email_send.enqueue(subject=subject, body=body, to=[to_email])


class InvitationForm(BoundedChoicesMixin, forms.Form):
    email = forms.EmailField(label=_("Email"))
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.order_by("name_ro")
    )
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.MEMBER)
    language = forms.ChoiceField(
        label=_("Language of the invitation"), choices=settings.LANGUAGES, initial="ro"
    )


class InvitationAcceptForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    password1 = forms.CharField(
        label=_("Password"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    password2 = forms.CharField(
        label=_("Password again"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            try:
                password_validation.validate_password(first)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


def _code_field(autofocus: bool):
    attrs = {"autocomplete": "one-time-code", "spellcheck": "false"}
    return forms.CharField(
        label=_("Code"),
        help_text=_(
            "The six digits shown by your authenticator app, or one of your recovery codes."
        ),
        max_length=64,
        widget=forms.TextInput(attrs={**attrs, "autofocus": True} if autofocus else attrs),
    )


class TwoFactorCodeForm(forms.Form):
    code = _code_field(autofocus=True)


class EnrolmentConfirmForm(forms.Form):
    code = forms.CharField(
        label=_("Code from the app"),
        help_text=_("Enter the six digits your authenticator app now shows for atnet."),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


class CurrentPasswordMixin:
    """A form that changes the account asks for the current password again."""

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_current_password(self):
        password = self.cleaned_data.get("current_password", "")
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("Your current password was entered incorrectly."), code="password_incorrect"
            )
        return password


def _current_password_field():
    return forms.CharField(
        label=_("Current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class TwoFactorDisableForm(CurrentPasswordMixin, forms.Form):
    current_password = _current_password_field()
    code = _code_field(autofocus=False)


class EmailChangeForm(CurrentPasswordMixin, forms.Form):
    email = forms.EmailField(label=_("New email address"))
    current_password = _current_password_field()

    def clean_email(self):
        from django.contrib.auth import get_user_model

        email = self.cleaned_data["email"].strip().lower()
        taken = get_user_model().objects.filter(email__iexact=email).exclude(pk=self.user.pk)
        if taken.exists():
            raise forms.ValidationError(
                _("Another account already uses this email address."), code="email_taken"
            )
        return email
