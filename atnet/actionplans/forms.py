from django import forms
from django.utils.translation import gettext_lazy as _

from atnet.core.forms import BoundedChoicesMixin
from atnet.core.uploads import DOCUMENTS, SPREADSHEET_IMPORT, UploadValidator
from atnet.network.models import Organisation

from .models import MeasureStatus, NarrativeLanguage, Objective, Plan
from .status import plain_number

EVIDENCE_LABELS = {
    "activities": _("Activities and initiatives"),
    "sessions": _("Trainings"),
    "meetings": _("Meetings"),
    "materials": _("Materials"),
    "projects": _("Projects"),
}
NARRATIVE_MAX = 4000


class _ExtraFields(forms.Form):
    """Adds fields built per instance before BoundedChoicesMixin looks at them."""

    def __init__(self, *args, extra_fields, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(extra_fields)


class ReportForm(BoundedChoicesMixin, _ExtraFields):
    """A report on one measure: saved as a draft as it is, checked fully on submission."""

    status = forms.ChoiceField(
        label=_("Status"), choices=[("", "—"), *MeasureStatus.choices], required=False
    )
    narrative = forms.CharField(
        label=_("What was done"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=NARRATIVE_MAX,
        required=False,
    )
    narrative_language = forms.ChoiceField(
        label=_("Language of the text"), choices=NarrativeLanguage.choices, initial="ro"
    )
    file = forms.FileField(
        label=_("Add a file (optional)"),
        required=False,
        validators=[UploadValidator(DOCUMENTS, max_mb=10)],
    )

    def __init__(self, *args, indicators, evidence, submit=False, **kwargs):
        self.submit = submit
        self.indicators = list(indicators)
        extra = {f"indicator_{i.pk}": _indicator_field(i) for i in self.indicators}
        for name, queryset in evidence.items():
            extra[name] = forms.ModelMultipleChoiceField(
                label=EVIDENCE_LABELS[name],
                queryset=queryset,
                required=False,
                widget=forms.CheckboxSelectMultiple,
            )
        super().__init__(*args, extra_fields=extra, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if self.submit:
            if not cleaned.get("status"):
                self.add_error("status", _("Choose a status before submitting."))
            if not (cleaned.get("narrative") or "").strip():
                self.add_error("narrative", _("Describe what was done before submitting."))
        return cleaned

    def indicator_values(self) -> dict:
        return {
            indicator.pk: self.cleaned_data.get(f"indicator_{indicator.pk}")
            for indicator in self.indicators
        }

    def evidence_fields(self):
        return [self[name] for name in EVIDENCE_LABELS if name in self.fields]

    def indicator_fields(self):
        return [self[f"indicator_{indicator.pk}"] for indicator in self.indicators]


def _indicator_field(indicator) -> forms.DecimalField:
    target = (
        ""
        if indicator.target is None
        else _("Target: %(target)s") % {"target": plain_number(indicator.target)}
    )
    return forms.DecimalField(
        label=indicator.name,
        required=False,
        min_value=0,
        max_digits=12,
        decimal_places=2,
        help_text=target,
    )


class ImportForm(BoundedChoicesMixin, forms.Form):
    file = forms.FileField(
        label=_("XLSX or CSV file"), validators=[UploadValidator(SPREADSHEET_IMPORT, max_mb=2)]
    )
    plan = forms.ModelChoiceField(label=_("Plan"), queryset=Plan.objects.all())


class SummaryAttachForm(BoundedChoicesMixin, forms.Form):
    session = forms.ModelChoiceField(label=_("National Committee session"), queryset=None)

    def __init__(self, *args, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = sessions


class ProgressFilterForm(BoundedChoicesMixin, forms.Form):
    objective = forms.ModelChoiceField(
        label=_("Objective"), queryset=Objective.objects.none(), required=False
    )
    organisation = forms.ModelChoiceField(
        label=_("Institution"),
        queryset=Organisation.objects.none(),
        required=False,
        to_field_name="slug",
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("any")), *MeasureStatus.choices], required=False
    )

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["objective"].queryset = plan.objectives.order_by("order", "pk")
        self.fields["organisation"].queryset = (
            Organisation.objects.filter(actionplan_measures__plan=plan, is_public=True)
            .distinct()
            .order_by("name_ro")
        )

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        return {key: value for key, value in self.cleaned_data.items() if value}
