from django import forms
from django.utils.translation import gettext_lazy as _

from atnet.core.forms import BoundedChoicesMixin
from atnet.geo.models import AdministrativeUnit, DevelopmentRegion
from atnet.geo.selectors import unit_choices

from .models import (
    Activity,
    ActivityStatus,
    Domain,
    Organisation,
    OrganisationType,
    Person,
)

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class _FilterForm(forms.Form):
    """Filters read from the query string: bad values are reported and ignored."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    type = forms.ChoiceField(
        label=_("Type of organisation"),
        required=False,
        choices=[("", _("All types")), *OrganisationType.choices],
    )
    region = forms.ChoiceField(
        label=_("Development region"),
        required=False,
        choices=[("", _("All development regions")), *DevelopmentRegion.choices],
    )
    domain = forms.ChoiceField(
        label=_("Domain"), required=False, choices=[("", _("All domains")), *Domain.choices]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Unit names follow the visitor's language, so choices are built per request.
        self.fields["unit"] = forms.ChoiceField(
            label=_("District or municipality"),
            required=False,
            choices=unit_choices(empty_label=_("All districts and municipalities")),
        )
        self.order_fields(["q", "unit", "region", "domain", "type"])

    def filters(self) -> dict:
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned.get(name) or None for name in self.fields}


class OrganisationFilterForm(_FilterForm):
    pass


class ActivityFilterForm(_FilterForm):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *ActivityStatus.choices],
    )
    period_from = forms.DateField(label=_("From"), required=False, widget=DATE_WIDGET)
    period_to = forms.DateField(label=_("Until"), required=False, widget=DATE_WIDGET)

    def __init__(self, *args, with_organisation: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if with_organisation:
            self.fields["organisation"] = forms.ModelChoiceField(
                label=_("Organisation"),
                required=False,
                queryset=Organisation.objects.order_by("name_ro"),
                empty_label=_("All organisations"),
            )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_from"), cleaned.get("period_to")
        if start and end and end < start:
            self.add_error("period_to", _("The end of the period is before its start."))
            cleaned.pop("period_to", None)
        return cleaned


class UnitsField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(queryset=AdministrativeUnit.objects.all(), **kwargs)


class OrganisationProfileForm(BoundedChoicesMixin, forms.ModelForm):
    regions = UnitsField(label=_("Regions covered"), required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = [
            "name_ro", "name_en", "name_ru", "acronym", "type", "level", "regions", "domains",
            "description_ro", "description_en", "description_ru",
            "address", "phone", "email", "website", "is_public", "last_verified",
        ]  # fmt: skip
        widgets = {"last_verified": DATE_WIDGET}


class ActivityForm(BoundedChoicesMixin, forms.ModelForm):
    regions = UnitsField(label=_("Regions"), required=False)

    class Meta:
        model = Activity
        fields = [
            "organisation",
            "title_ro", "title_en", "title_ru",
            "description_ro", "description_en", "description_ru",
            "domains", "regions", "start_date", "end_date", "status", "target_groups",
            "partners", "is_public",
        ]  # fmt: skip
        widgets = {"start_date": DATE_WIDGET, "end_date": DATE_WIDGET}

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["organisation"]
        else:
            self.fields["organisation"].queryset = organisations
            if len(organisations) == 1:  # a focal point of one organisation has nothing to pick
                self.fields["organisation"].empty_label = None
        self.fields["partners"].queryset = Organisation.objects.order_by("name_ro")
        self.fields["partners"].required = False


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = [
            "full_name", "position", "email", "phone", "preferred_language", "gender",
            "is_focal_point",
        ]  # fmt: skip
