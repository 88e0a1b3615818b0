from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

NOT_FOUND = _("Nothing is held about a person with this email address.")


class SubjectForm(forms.Form):
    email = forms.EmailField(label=_("Email address of the person"), max_length=254)


class EraseForm(SubjectForm):
    email = forms.EmailField(widget=forms.HiddenInput, max_length=254)
    confirm_email = forms.CharField(
        label=_("Type the email address again to confirm"), max_length=254
    )

    def clean(self):
        data = super().clean()
        email, typed = data.get("email", ""), data.get("confirm_email", "")
        if email and typed.strip().lower() != email.strip().lower():
            raise forms.ValidationError(
                _("The address typed does not match: nothing was erased."), code="mismatch"
            )
        return data


class AuditFilterForm(forms.Form):
    actor = forms.CharField(label=_("Actor (user name)"), required=False, max_length=150)
    object_type = forms.ChoiceField(label=_("Record type"), required=False)
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, object_types=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["object_type"].choices = [("", _("All")), *((t, t) for t in object_types)]

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_to"] < data["date_from"]:
            raise forms.ValidationError(_("The end date cannot be before the start date."))
        return data

    def filter(self, entries):
        data = self.cleaned_data
        if data.get("actor"):
            user_ids = get_user_model().objects.filter(username__iexact=data["actor"].strip())
            entries = entries.filter(actor__in=user_ids)
        if data.get("object_type"):
            entries = entries.filter(object_type=data["object_type"])
        if data.get("date_from"):
            entries = entries.filter(created_at__date__gte=data["date_from"])
        if data.get("date_to"):
            entries = entries.filter(created_at__date__lte=data["date_to"])
        return entries
