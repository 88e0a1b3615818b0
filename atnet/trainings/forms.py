from django import forms
from django.conf import settings
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from atnet.core.forms import BoundedChoicesMixin
from atnet.core.uploads import SPREADSHEET_IMPORT, UploadValidator
from atnet.network.models import Gender, Organisation

from .models import Audience, EnrolmentStatus, Evaluation, Participant


class NominationForm(BoundedChoicesMixin, forms.Form):
    """A focal point nominates a member of staff: a known participant or a new one."""

    full_name = forms.CharField(label=_("Full name"), max_length=200)
    organisation = forms.ModelChoiceField(
        label=_("Institution"), queryset=Organisation.objects.none()
    )
    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices)
    profession = forms.ChoiceField(label=_("Profession"), choices=Audience.choices)
    position = forms.CharField(label=_("Position"), max_length=200, required=False)
    email = forms.EmailField(label=_("Email"), required=False)
    language = forms.ChoiceField(
        label=_("Preferred language (emails, certificate)"), choices=settings.LANGUAGES
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        only = organisations[:2]
        if len(only) == 1:
            self.fields["organisation"].initial = only[0].pk


class DecisionForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (EnrolmentStatus.ACCEPTED, _("Accept")),
            (EnrolmentStatus.WAITLISTED, _("Wait-list")),
            (EnrolmentStatus.DECLINED, _("Decline")),
        ],
    )


class RecordForm(forms.Form):
    """Attendance per day and the two test scores of one enrolment."""

    pre_score = forms.DecimalField(
        label=_("Pre-test"), min_value=0, max_value=100, decimal_places=2, required=False
    )
    post_score = forms.DecimalField(
        label=_("Post-test"), min_value=0, max_value=100, decimal_places=2, required=False
    )

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["days"] = forms.TypedMultipleChoiceField(
            label=_("Days present"),
            choices=[(day.isoformat(), day.strftime("%d.%m.%Y")) for day in session.days],
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )


class CertificateForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the certificate"), choices=settings.LANGUAGES)


class RevokeForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=255)


class EvaluationForm(forms.ModelForm):
    class Meta:
        model = Evaluation
        fields = ["relevance", "trainers", "organisation", "comments"]


class MergeForm(BoundedChoicesMixin, forms.Form):
    duplicate = forms.ModelChoiceField(
        label=_("Duplicate record to fold into this one"), queryset=Participant.objects.none()
    )

    def __init__(self, *args, target, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["duplicate"].queryset = Participant.objects.exclude(
            pk=target.pk
        ).select_related("organisation")
        self.fields["duplicate"].label_from_instance = lambda p: f"{p.full_name} — {p.organisation}"


class ImportForm(BoundedChoicesMixin, forms.Form):
    # Content checked (a spreadsheet or UTF-8 text, never markup) before the importer reads it.
    file = forms.FileField(
        label=_("XLSX or CSV file"), validators=[UploadValidator(SPREADSHEET_IMPORT, max_mb=2)]
    )
    session = forms.ModelChoiceField(
        label=_("Enrol everyone in this session (optional)"), queryset=None, required=False
    )

    def __init__(self, *args, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = sessions


class VerifyForm(forms.Form):
    # Letters, digits, dashes and spaces only: a "/" (or any other sign) in a typed code
    # made the redirect to the code's URL fail, a 500 (found by Hypothesis).
    code = forms.CharField(
        label=_("Certificate code"),
        max_length=30,
        validators=[RegexValidator(r"^[A-Za-z0-9][A-Za-z0-9 -]*$")],
    )


class ParticipantSearchForm(forms.Form):
    q = forms.CharField(label=_("Name"), max_length=100, required=False)
