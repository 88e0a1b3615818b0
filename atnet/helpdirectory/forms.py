from django import forms
from django.utils.translation import gettext_lazy as _

from atnet.geo.models import AdministrativeUnit, DevelopmentRegion

from .models import ServiceKind


class ServiceFilterForm(forms.Form):
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=[("", _("All regions")), *DevelopmentRegion.choices],
    )
    unit = forms.ChoiceField(label=_("District or municipality"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind of help"),
        required=False,
        choices=[("", _("All kinds")), *ServiceKind.choices],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # One query, names in the visitor's language, sorted as they read them.
        units = sorted(AdministrativeUnit.objects.all(), key=lambda unit: unit.name)
        self.fields["unit"].choices = [
            ("", _("All districts")),
            *[(unit.code, unit.name) for unit in units],
        ]

    def filters(self) -> dict:
        """The valid filters only: a bad value is reported and ignored, never fatal."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned[name] for name in ("region", "unit", "kind") if cleaned.get(name)}
