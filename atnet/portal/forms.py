from django import forms
from django.utils.translation import gettext_lazy as _

from atnet.geo.models import DevelopmentRegion


class EventFilterForm(forms.Form):
    UPCOMING = "upcoming"
    PAST = "past"

    when = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[(UPCOMING, _("Upcoming")), (PAST, _("Past"))],
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=[("", _("All regions")), *DevelopmentRegion.choices],
    )
    month = forms.DateField(
        label=_("Month"),
        required=False,
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
        error_messages={"invalid": _("Enter a month as YYYY-MM, for example 2026-05.")},
    )

    def filters(self) -> dict:
        """The valid filters only: a bad value is reported and ignored, never fatal."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {
            "when": cleaned.get("when") or self.UPCOMING,
            "region": cleaned.get("region") or None,
            "month": cleaned.get("month"),
        }
