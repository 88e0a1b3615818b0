"""Forms of the meetings workspace. Every field has a label; errors speak the user's language."""

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from atnet.core.forms import BoundedChoicesMixin
from atnet.geo.models import AdministrativeUnit, DevelopmentRegion
from atnet.network.models import Domain, Gender, Organisation, OrganisationType, Person

from .models import ActionItem, ActionStatus, Meeting, Presence, Response

MAX_PLAN = 12


class DateInput(forms.DateInput):
    """A native date picker; it needs ISO dates whatever the language's format."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def format_value(self, value):
        if isinstance(value, dt.datetime):
            # The form field already turns aware values into naive local time (prepare_value).
            if timezone.is_aware(value):
                value = timezone.localtime(value)
            return value.strftime("%Y-%m-%dT%H:%M")
        return value


class PlanForm(forms.Form):
    count = forms.IntegerField(
        label=_("How many meetings"), min_value=1, max_value=MAX_PLAN, initial=3
    )
    after = forms.DateField(
        label=_("After"),
        required=False,
        widget=DateInput,
        help_text=_("Leave empty to continue after the last meeting."),
    )


class PlannedRowForm(BoundedChoicesMixin, forms.Form):
    """One proposed meeting: the coordinator keeps or changes its day, time and host."""

    include = forms.BooleanField(label=_("Create"), required=False, initial=True)
    day = forms.DateField(label=_("Day"), widget=DateInput)
    time = forms.TimeField(label=_("Time"), widget=TimeInput)
    unit = forms.ModelChoiceField(
        label=_("Host unit"), queryset=AdministrativeUnit.objects.all(), required=False
    )


PlannedRowFormSet = forms.formset_factory(PlannedRowForm, extra=0, max_num=MAX_PLAN)


class PersonChoiceField(forms.ModelMultipleChoiceField):
    """People shown with their organisation: names alone are ambiguous across the network."""

    def label_from_instance(self, obj):
        return f"{obj.full_name} ({obj.organisation.name})"


class MeetingForm(BoundedChoicesMixin, forms.ModelForm):
    chairs = PersonChoiceField(
        label=_("Chairs"),
        required=False,
        queryset=Person.objects.select_related("organisation").order_by("full_name", "pk"),
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("People of the network's organisations who chair the meeting."),
    )

    class Meta:
        model = Meeting
        fields = [
            "title_ro",
            "title_en",
            "title_ru",
            "starts_at",
            "ends_at",
            "venue",
            "host_unit",
            "chairs",
            "status",
            "status_reason",
            "capacity",
            "is_public",
            "online_url",
            "open_to_members",
        ]
        widgets = {
            "starts_at": DateTimeInput,
            "ends_at": DateTimeInput,
            "status_reason": forms.Textarea(attrs={"rows": 2}),
        }


class AgendaItemForm(BoundedChoicesMixin, forms.Form):
    title_ro = forms.CharField(label=_("Title (Romanian)"), max_length=255)
    title_en = forms.CharField(label=_("Title (English)"), max_length=255, required=False)
    title_ru = forms.CharField(label=_("Title (Russian)"), max_length=255, required=False)
    presenter = forms.ModelChoiceField(
        label=_("Presenter organisation"), required=False, queryset=Organisation.objects.all()
    )
    minutes_allotted = forms.IntegerField(
        label=_("Minutes allotted"), min_value=1, max_value=480, initial=15
    )


class InviteForm(BoundedChoicesMixin, forms.Form):
    organisation_types = forms.MultipleChoiceField(
        label=_("Organisation types"),
        required=False,
        choices=OrganisationType.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    regions = forms.MultipleChoiceField(
        label=_("Development regions covered"),
        required=False,
        choices=DevelopmentRegion.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    domains = forms.MultipleChoiceField(
        label=_("Domains"),
        required=False,
        choices=Domain.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisations"), required=False, queryset=Organisation.objects.all()
    )

    def clean(self):
        data = super().clean()
        if not any(
            data.get(name) for name in ("organisation_types", "regions", "domains", "organisations")
        ):
            raise forms.ValidationError(
                _("Choose at least one type, region, domain or organisation.")
            )
        return data


class RegistrationForm(BoundedChoicesMixin, forms.Form):
    response = forms.ChoiceField(
        label=_("Your answer"), choices=Response.choices, widget=forms.RadioSelect
    )
    substitute = forms.ModelChoiceField(
        label=_("Substitute from your organisation"),
        required=False,
        queryset=Person.objects.none(),
        help_text=_("If someone else comes in your place."),
    )

    def __init__(self, *args, person: Person, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["substitute"].queryset = Person.objects.filter(
            organisation_id=person.organisation_id
        ).exclude(pk=person.pk)


class AttendanceForm(BoundedChoicesMixin, forms.Form):
    person = forms.ModelChoiceField(queryset=Person.objects.all(), widget=forms.HiddenInput)
    status = forms.ChoiceField(choices=Presence.choices)


class WalkInForm(BoundedChoicesMixin, forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    organisation = forms.ModelChoiceField(
        label=_("Organisation in the network"), required=False, queryset=Organisation.objects.all()
    )
    organisation_name = forms.CharField(
        label=_("Or organisation's name"), max_length=255, required=False
    )
    gender = forms.ChoiceField(
        label=_("Gender"), choices=[("", "—"), *Gender.choices], required=False
    )
    position = forms.CharField(label=_("Position"), max_length=200, required=False)


class MinutesForm(forms.Form):
    body = forms.CharField(
        label=_("Minutes (members only)"), widget=forms.Textarea(attrs={"rows": 12})
    )
    public_summary_ro = forms.CharField(
        label=_("Public summary (Romanian)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    public_summary_en = forms.CharField(
        label=_("Public summary (English)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    public_summary_ru = forms.CharField(
        label=_("Public summary (Russian)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AttachmentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=255)
    file = forms.FileField(label=_("File"))


class ActionItemForm(BoundedChoicesMixin, forms.ModelForm):
    class Meta:
        model = ActionItem
        fields = ["text", "owner", "due_date"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2}), "due_date": DateInput}


class ActionStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ActionStatus.choices)


class YearForm(forms.Form):
    year = forms.IntegerField(min_value=2000, max_value=2100, required=False)
