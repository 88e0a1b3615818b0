from django import forms
from django.utils.translation import gettext_lazy as _

from atnet.geo.models import DevelopmentRegion
from atnet.network.models import Domain, Level

from .models import ProjectStatus


class ProjectFilterForm(forms.Form):
    domain = forms.ChoiceField(
        label=_("Domain"), required=False, choices=[("", _("All domains")), *Domain.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *ProjectStatus.choices]
    )
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("All levels")), *Level.choices]
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=[("", _("All regions")), *DevelopmentRegion.choices],
    )

    def filters(self) -> dict:
        """The valid filters only: a bad value is reported and ignored, never fatal."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned[name] for name in self.fields if cleaned.get(name)}
