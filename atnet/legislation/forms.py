from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ActStatus, ActType, Topic

FIRST_YEAR = 1991  # the Republic of Moldova's independence


class ActFilterForm(forms.Form):
    act_type = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All types")), *ActType.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *ActStatus.choices]
    )
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        min_value=FIRST_YEAR,
        max_value=2100,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "invalid": _("Enter a year, for example 2008."),
            "min_value": _("Enter a year from 1991 on."),
            "max_value": _("Enter a year before 2100."),
        },
    )
    topic = forms.ChoiceField(
        label=_("Topic"), required=False, choices=[("", _("All topics")), *Topic.choices]
    )

    def filters(self) -> dict:
        """The valid filters only: a bad value is reported and ignored, never fatal."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned.get(name) for name in self.fields if cleaned.get(name)}
