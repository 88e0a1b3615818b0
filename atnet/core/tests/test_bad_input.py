"""Bad input on every form: no 500, a refusal is a 4xx or the form again, nothing saved changes.

Every Form/ModelForm defined in the project's apps is found by importing their
modules (`discover_forms`), so a new form cannot be forgotten: a form missing
from CASES fails `test_every_form_has_a_bad_input_case`. Each case names the
view that uses the form, who posts (a coordinator, a focal point of the
organisation, an administrator or nobody) and the models whose rows must stay
as they were when the submission is refused. Hypothesis then posts text with
control characters, huge strings, unicode, numbers out of range, bad dates,
lists where one value is expected and missing fields.
"""

import datetime as dt
import importlib
import inspect
import pkgutil
import sys
from dataclasses import dataclass, field
from functools import cached_property

import pytest
from django import forms
from django.apps import apps
from django.contrib.messages import constants as message_levels
from django.contrib.messages.storage.base import BaseStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.validators import EmailValidator
from django.forms.formsets import BaseFormSet
from django.test.utils import ContextList
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from atnet.accounts.testing import sign_in_verified

hypothesis_settings.register_profile(
    "atnet-bad-input",
    max_examples=15,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
PROFILE = hypothesis_settings.get_profile("atnet-bad-input")
SKIPPED_PACKAGES = {"tests", "migrations", "management", "locale", "templates", "static"}


# Discovery ---------------------------------------------------------------------------------


def _modules(package_name: str):
    package = importlib.import_module(package_name)
    yield package
    for info in pkgutil.iter_modules(package.__path__, prefix=f"{package_name}."):
        if info.name.rsplit(".", 1)[-1] in SKIPPED_PACKAGES:
            continue
        if info.ispkg:
            yield from _modules(info.name)
        else:
            yield importlib.import_module(info.name)


def discover_forms(packages) -> dict[str, type]:
    """Form classes defined in `packages` (dotted path -> class), private helpers left out."""
    found = {}
    for package in packages:
        for module in _modules(package):
            for name, obj in vars(module).items():
                if (
                    inspect.isclass(obj)
                    and issubclass(obj, forms.BaseForm)
                    and obj.__module__ == module.__name__
                    and not name.startswith("_")
                ):
                    found[f"{module.__name__}.{name}"] = obj
    return found


def project_packages() -> list[str]:
    return [config.name for config in apps.get_app_configs() if config.name.startswith("atnet.")]


# The world the forms are posted into -------------------------------------------------------


def _page(home, model, title: str, slug: str):
    page = model(title=title, slug=slug)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


class World:
    """The rows the forms are posted against, each created only when a case asks for it."""

    def __init__(self, request):
        self._request = request

    @cached_property
    def admin(self):
        return self._request.getfixturevalue("admin_user")

    @cached_property
    def coordinator(self):
        from atnet.meetings.tests.factories import coordinator_user

        return coordinator_user("bad-input-coordinator")

    @cached_property
    def totp_user(self):
        """A user with two-factor sign-in on, signed in but not yet past the code."""
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from atnet.meetings.tests.factories import UserFactory

        user = UserFactory(username="bad-input-totp")
        TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
        return user

    @cached_property
    def person(self):
        from atnet.meetings.tests.factories import PersonFactory

        return PersonFactory()

    @property
    def org(self):
        return self.person.organisation

    @cached_property
    def focal(self):
        from atnet.meetings.tests.factories import member
        from atnet.network.models import Role

        return member(self.person, role=Role.FOCAL_POINT)

    @cached_property
    def series(self):
        from atnet.meetings.tests.factories import SeriesFactory

        return SeriesFactory()

    @cached_property
    def meeting(self):
        from atnet.meetings.models import Invitation
        from atnet.meetings.tests.factories import MeetingFactory

        meeting = MeetingFactory(series=self.series)
        Invitation.objects.create(meeting=meeting, person=self.person)
        return meeting

    @cached_property
    def action(self):
        from atnet.meetings.tests.factories import ActionItemFactory

        return ActionItemFactory(meeting=self.meeting, owner=self.org)

    @cached_property
    def activity(self):
        from atnet.network.tests.factories import ActivityFactory

        return ActivityFactory(organisation=self.org)

    @cached_property
    def plan_period(self):
        from atnet.actionplans.tests.factories import PeriodFactory

        return PeriodFactory()

    @cached_property
    def plan_measure(self):
        """A measure of the period's plan that the focal point's organisation reports on."""
        from atnet.actionplans.tests.factories import (
            IndicatorFactory,
            MeasureFactory,
            ObjectiveFactory,
        )

        objective = ObjectiveFactory(plan=self.plan_period.plan)
        measure = MeasureFactory(objective=objective, responsible=[self.org])
        IndicatorFactory(measure=measure)
        return measure

    @cached_property
    def session(self):
        from atnet.trainings.tests.factories import SessionFactory

        return SessionFactory()

    @cached_property
    def participant(self):
        from atnet.trainings.tests.factories import ParticipantFactory

        ParticipantFactory(organisation=self.org)  # someone to merge, or to collide with
        return ParticipantFactory(organisation=self.org)

    @cached_property
    def enrolment(self):
        from atnet.trainings.tests.factories import EnrolmentFactory

        return EnrolmentFactory(session=self.session, participant=self.participant)

    @cached_property
    def certificate(self):
        from atnet.trainings.models import Certificate

        return Certificate.objects.create(
            enrolment=self.enrolment, language="ro", issued_on=dt.date(2025, 3, 11)
        )

    @cached_property
    def invitation_token(self):
        from atnet.accounts.models import Invitation
        from atnet.accounts.services import invitation_token
        from atnet.network.models import Role

        invitation = Invitation.objects.create(
            email="invited@example.org", organisation=self.org, role=Role.MEMBER, language="ro"
        )
        return invitation_token(invitation)

    def page(self, key: str):
        from atnet.helpdirectory.models import HelpIndexPage
        from atnet.legislation.models import LegislationIndexPage
        from atnet.projects.models import ProjectIndexPage
        from atnet.reports.models import FiguresPage
        from atnet.support.models import LibraryPage

        if key == "events":
            return self._request.getfixturevalue("event_index")
        home = self._request.getfixturevalue("home")
        model = {
            "help": HelpIndexPage,
            "legislation": LegislationIndexPage,
            "projects": ProjectIndexPage,
            "library": LibraryPage,
            "figures": FiguresPage,
        }[key]
        return _page(home, model, key.title(), key)

    @property
    def ids(self) -> list[str]:
        """Existing ids: bad input also means someone else's valid-looking id."""
        return [str(self.org.pk), str(self.person.pk), "1"]


@pytest.fixture
def world(request, db):
    return World(request)


# The cases: one per form -------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    url: object  # world -> path
    user: str  # attribute of the world, or "" for an anonymous visitor
    watch: tuple[str, ...] = ()  # "app_label.Model" whose rows must not change on refusal
    method: str = "post"
    # What a 200 to a POST may be: "refusal" (the form again, with errors) or "unchanged"
    # (a page that saves nothing, e.g. the import preview or the privacy search result).
    on_200: str = "refusal"
    formset_prefix: str = ""
    settings: dict = field(default_factory=dict)


def _url(name, *args):
    return lambda w: reverse(name, args=[arg(w) if callable(arg) else arg for arg in args])


def _page_url(key):
    return lambda w: w.page(key).url


MEETING = lambda w: w.meeting.pk  # noqa: E731
ENROLMENT = lambda w: w.enrolment.pk  # noqa: E731

CASES = {
    "atnet.accounts.forms.ThrottledAuthenticationForm": Case(
        _url("accounts:login"), "", ("auth.User",)
    ),
    "atnet.accounts.forms.TaskPasswordResetForm": Case(
        _url("accounts:password_reset"), "", ("auth.User",)
    ),
    "atnet.accounts.forms.InvitationForm": Case(
        _url("accounts:invitation_new"), "coordinator", ("accounts.Invitation",)
    ),
    "atnet.accounts.forms.InvitationAcceptForm": Case(
        _url("accounts:invitation_accept", lambda w: w.invitation_token),
        "",
        ("auth.User", "accounts.Invitation", "network.Membership"),
    ),
    # Two-factor forms; TOTP devices are not watched: a wrong code rightly counts a failure.
    "atnet.accounts.forms.TwoFactorCodeForm": Case(
        _url("accounts:two_factor_verify"), "totp_user", ("auth.User", "otp_static.StaticDevice")
    ),
    "atnet.accounts.forms.EnrolmentConfirmForm": Case(
        _url("accounts:two_factor_enrol"), "focal", ("auth.User", "otp_static.StaticDevice")
    ),
    "atnet.accounts.forms.TwoFactorDisableForm": Case(
        _url("accounts:two_factor_disable"),
        "totp_verified",
        ("auth.User", "otp_static.StaticDevice"),
    ),
    "atnet.accounts.forms.EmailChangeForm": Case(
        _url("accounts:email_change"), "focal", ("auth.User",)
    ),
    "atnet.privacy.forms.SubjectForm": Case(
        _url("privacy:home"), "coordinator", ("network.Person", "auth.User"), on_200="unchanged"
    ),
    "atnet.privacy.forms.EraseForm": Case(
        _url("privacy:erase"),
        "coordinator",
        ("network.Person", "auth.User", "trainings.Participant"),
    ),
    "atnet.privacy.forms.AuditFilterForm": Case(
        _url("privacy:audit_log"), "coordinator", method="get"
    ),
    "atnet.helpdirectory.forms.ServiceFilterForm": Case(_page_url("help"), "", method="get"),
    "atnet.legislation.forms.ActFilterForm": Case(_page_url("legislation"), "", method="get"),
    "atnet.projects.forms.ProjectFilterForm": Case(_page_url("projects"), "", method="get"),
    "atnet.portal.forms.EventFilterForm": Case(_page_url("events"), "", method="get"),
    "atnet.support.selectors.LibraryFilterForm": Case(_page_url("library"), "", method="get"),
    "atnet.reports.public_views.YearForm": Case(_page_url("figures"), "", method="get"),
    "atnet.reports.period.PeriodForm": Case(_url("reports:dashboard"), "coordinator", method="get"),
    "atnet.meetings.forms.PlanForm": Case(
        _url("meetings:plan", lambda w: w.series.slug), "coordinator", method="get"
    ),
    "atnet.meetings.forms.PlannedRowForm": Case(
        _url("meetings:plan", lambda w: w.series.slug),
        "coordinator",
        ("meetings.Meeting",),
        formset_prefix="row",
    ),
    "atnet.meetings.forms.MeetingForm": Case(
        _url("meetings:meeting_edit", MEETING), "coordinator", ("meetings.Meeting",)
    ),
    "atnet.meetings.forms.AgendaItemForm": Case(
        _url("meetings:agenda", MEETING), "coordinator", ("meetings.AgendaItem",)
    ),
    "atnet.meetings.forms.InviteForm": Case(
        _url("meetings:invite", MEETING), "coordinator", ("meetings.Invitation",)
    ),
    "atnet.meetings.forms.RegistrationForm": Case(
        _url("meetings:register", MEETING, lambda w: w.person.pk),
        "focal",
        ("meetings.Registration",),
    ),
    "atnet.meetings.forms.AttendanceForm": Case(
        _url("meetings:attendance", MEETING), "coordinator", ("meetings.Attendance",)
    ),
    "atnet.meetings.forms.WalkInForm": Case(
        _url("meetings:walk_in", MEETING), "coordinator", ("meetings.Attendance",)
    ),
    "atnet.meetings.forms.MinutesForm": Case(
        _url("meetings:minutes_edit", MEETING), "coordinator", ("meetings.Minutes",)
    ),
    "atnet.meetings.forms.AttachmentForm": Case(
        _url("meetings:attachment_upload", MEETING), "coordinator", ("meetings.Attachment",)
    ),
    "atnet.meetings.forms.ActionItemForm": Case(
        _url("meetings:action_create", MEETING), "coordinator", ("meetings.ActionItem",)
    ),
    "atnet.meetings.forms.ActionStatusForm": Case(
        _url("meetings:action_status", lambda w: w.action.pk),
        "coordinator",
        ("meetings.ActionItem",),
    ),
    "atnet.meetings.forms.YearForm": Case(_url("meetings:committee"), "focal", method="get"),
    "atnet.network.forms.OrganisationFilterForm": Case(
        _url("network:organisation_list"), "focal", method="get"
    ),
    "atnet.network.forms.ActivityFilterForm": Case(
        _url("network:activity_list"), "focal", method="get"
    ),
    "atnet.network.forms.OrganisationProfileForm": Case(
        _url("network:organisation_edit", lambda w: w.org.pk), "focal", ("network.Organisation",)
    ),
    "atnet.network.forms.ActivityForm": Case(
        _url("network:activity_edit", lambda w: w.activity.pk), "focal", ("network.Activity",)
    ),
    "atnet.network.forms.PersonForm": Case(
        _url("network:person_create", lambda w: w.org.pk), "focal", ("network.Person",)
    ),
    "atnet.trainings.forms.NominationForm": Case(
        _url("trainings:nominate", lambda w: w.session.pk),
        "focal",
        ("trainings.Participant", "trainings.Enrolment"),
    ),
    "atnet.trainings.forms.DecisionForm": Case(
        _url("trainings:decide", ENROLMENT), "coordinator", ("trainings.Enrolment",)
    ),
    "atnet.trainings.forms.RecordForm": Case(
        _url("trainings:record", ENROLMENT),
        "coordinator",
        ("trainings.Enrolment", "trainings.Attendance"),
    ),
    "atnet.trainings.forms.CertificateForm": Case(
        _url("trainings:certificate_issue", ENROLMENT), "coordinator", ("trainings.Certificate",)
    ),
    "atnet.trainings.forms.RevokeForm": Case(
        _url("trainings:certificate_revoke", lambda w: w.certificate.pk),
        "coordinator",
        ("trainings.Certificate",),
    ),
    "atnet.trainings.forms.EvaluationForm": Case(
        _url("trainings:evaluation", ENROLMENT), "coordinator", ("trainings.Evaluation",)
    ),
    "atnet.trainings.forms.MergeForm": Case(
        _url("trainings:participant_merge", lambda w: w.participant.pk),
        "coordinator",
        ("trainings.Participant", "trainings.Enrolment"),
    ),
    "atnet.trainings.forms.ImportForm": Case(
        _url("trainings:import"),
        "coordinator",
        ("trainings.Participant", "trainings.Enrolment"),
        on_200="unchanged",
    ),
    "atnet.trainings.forms.VerifyForm": Case(_url("trainings:verify"), "", method="get"),
    "atnet.trainings.forms.ParticipantSearchForm": Case(
        _url("trainings:participants"), "coordinator", method="get"
    ),
    "atnet.actionplans.forms.ReportForm": Case(
        _url("actionplans:report", lambda w: w.plan_period.pk, lambda w: w.plan_measure.pk),
        "focal",
        ("actionplans.Report", "actionplans.IndicatorValue", "actionplans.EvidenceFile"),
    ),
    "atnet.actionplans.forms.ImportForm": Case(
        _url("actionplans:import"),
        "coordinator",
        ("actionplans.Plan", "actionplans.Measure"),
        on_200="unchanged",
    ),
    "atnet.actionplans.forms.SummaryAttachForm": Case(
        _url("actionplans:attach", lambda w: w.plan_period.pk),
        "coordinator",
        ("actionplans.SessionSummary",),
    ),
    "atnet.actionplans.forms.ProgressFilterForm": Case(
        _url("actionplans:plan", lambda w: w.plan_measure.plan.slug), "", method="get"
    ),
    "atnet.core.wagtail_uploads.DocumentForm": Case(
        _url("wagtaildocs:add"),
        "admin",
        ("wagtaildocs.Document",),
        settings={"WAGTAILDOCS_DOCUMENT_FORM_BASE": "atnet.core.wagtail_uploads.DocumentForm"},
    ),
}


# Bad values --------------------------------------------------------------------------------

NASTY = [
    "", " ", "\t\n", "0", "-1", "1", "2", "3", "99999999999999999999999999", "-2147483649",
    "9223372036854775808", "1e309", "NaN", "-inf", "0x10", "1,5", "١٢٣", "１２",
    "2025-02-30", "2025-13-01", "0000-00-00", "9999-12-31", "10000-01-01", "-0001-01-01",
    "31.12.2025", "2025-01-01T25:61", "25:61", "24:00", "2025-06-01 10:00",
    "true", "on", "null", "None", "[]", "{}", "<script>alert(1)</script>", "' OR '1'='1",
    "../../etc/passwd", "%00", "\x00", "a\x00b", "\u202e", "\ufeff", "ț", "Ђ", "🙂" * 60,
    "x" * 300, "a@b", "not-an-email", "@@", "ana@example.org", "ro", "en", "ru", "xx",
    "female", "male", "police", "present", "accepted", "rejected", "done", "open", "national",
    "MD-CU", "MD-XX",
]  # fmt: skip
HUGE = "Ș" * 60_000
FILE_NAMES = ["minutes.pdf", "list.csv", "list.xlsx", "a.svg", "", "x" * 300 + ".pdf", "../a.pdf"]
FILE_CONTENTS = [
    b"<html><script>alert(1)</script></html>",
    b"%PDF-1.4 short",
    b"PK\x03\x04 broken zip",
    b"full name,institution\nAna,IGP\n",
    b"\x00\xff\xfe",
]


def _scalars(w):
    return st.one_of(
        st.sampled_from(NASTY + w.ids),
        st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
        st.integers(min_value=-(2**70), max_value=2**70).map(str),
        st.dates(min_value=dt.date(1, 1, 1)).map(str),
        st.just(HUGE),
    )


def _files():
    return st.builds(
        SimpleUploadedFile,
        st.sampled_from(FILE_NAMES).filter(bool),
        st.one_of(st.sampled_from(FILE_CONTENTS), st.binary(max_size=300)),
    )


def _value(form_field, w):
    if isinstance(form_field, forms.FileField):
        return _files()
    scalars = _scalars(w)
    return st.one_of(scalars, st.lists(scalars, min_size=2, max_size=3))


def bad_data(form_class, case: Case, w):
    """Dictionaries of bad values for some of the form's fields (the others missing)."""
    fields = {name: _value(f, w) for name, f in form_class.base_fields.items()}
    if not case.formset_prefix:
        return st.fixed_dictionaries({}, optional=fields)
    prefix = case.formset_prefix
    management = {
        f"{prefix}-TOTAL_FORMS": st.sampled_from(["1", "2", "0", "-1", "x", "1001"]),
        f"{prefix}-INITIAL_FORMS": st.sampled_from(["0", "1", "x"]),
    }
    rows = {f"{prefix}-{i}-{name}": value for i in (0, 1) for name, value in fields.items()}
    return st.fixed_dictionaries({}, optional={**management, **rows})


# Checks ------------------------------------------------------------------------------------


def snapshot(labels) -> dict:
    return {label: list(apps.get_model(label).objects.order_by("pk").values()) for label in labels}


def shows_refusal(response) -> bool:
    """The page says what is wrong: a form or formset with errors, or an error message."""
    if response.context is None:
        return False
    contexts = response.context if isinstance(response.context, ContextList) else [response.context]
    values = [value for context in contexts for value in context.flatten().values()]
    for value in values:
        if isinstance(value, forms.BaseForm) and value.errors:
            return True
        if isinstance(value, BaseFormSet) and (value.non_form_errors() or any(value.errors)):
            return True
    messages = next((value for value in values if isinstance(value, BaseStorage)), [])
    return any(message.level >= message_levels.ERROR for message in messages)


def _submit(client, case: Case, url: str, data: dict):
    if case.method == "get":
        return client.get(url, data)
    return client.post(url, data)


@pytest.mark.parametrize("dotted", sorted(CASES))
def test_bad_input_never_breaks_a_form_or_changes_saved_rows(dotted, client, world, settings):
    case = CASES[dotted]
    for name, value in case.settings.items():
        setattr(settings, name, value)
    form_class = _by_path(dotted)
    if case.user == "totp_verified":
        sign_in_verified(client, world.totp_user)
    elif case.user:
        client.force_login(getattr(world, case.user))
    url = case.url(world)

    @PROFILE
    @given(data=bad_data(form_class, case, world))
    def post_bad_input(data):
        before = snapshot(case.watch)
        response = _submit(client, case, url, data)
        status = response.status_code
        assert status < 500, f"{status} for {data!r}"
        after = snapshot(case.watch)
        if case.method == "get" or 400 <= status < 500:
            assert after == before, f"{status} refused {data!r} but rows changed"
        elif status == 200:
            assert after == before, f"200 for {data!r} but rows changed"
            # An empty POST is an unbound form (`request.POST or None`): the blank form again.
            if case.on_200 == "refusal" and data:
                assert shows_refusal(response), f"200 without a form error: {data!r}"

    post_bad_input()


def _by_path(dotted):
    module_name, name = dotted.rsplit(".", 1)
    return getattr(importlib.import_module(module_name), name)


# Discovery is complete ---------------------------------------------------------------------


def test_every_form_has_a_bad_input_case():
    found = discover_forms(project_packages())
    assert len(found) > 20
    missing = sorted(set(found) - set(CASES))
    assert not missing, f"forms without a bad-input case in CASES: {missing}"
    stale = sorted(set(CASES) - set(found))
    assert not stale, f"cases for forms that no longer exist: {stale}"


def test_a_new_form_module_is_picked_up(tmp_path, monkeypatch):
    package = tmp_path / "h4input_newapp"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "forms.py").write_text(
        "from django import forms\n\n"
        "class _Helper(forms.Form):\n    pass\n\n"
        "class FeedbackForm(forms.Form):\n    text = forms.CharField()\n"
    )
    (package / "views").mkdir()
    (package / "views" / "__init__.py").write_text("")
    (package / "views" / "inline.py").write_text(
        "from django import forms\n\nclass SearchForm(forms.Form):\n    q = forms.CharField()\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        found = discover_forms(["h4input_newapp"])
    finally:
        for name in [m for m in sys.modules if m.startswith("h4input_newapp")]:
            del sys.modules[name]
    assert set(found) == {
        "h4input_newapp.forms.FeedbackForm",
        "h4input_newapp.views.inline.SearchForm",
    }


# Refusals in the visitor's language --------------------------------------------------------


@pytest.mark.parametrize("language", ["ro", "ru"])
def test_a_refusal_is_in_the_request_language(language, client, world):
    from atnet.accounts.models import Invitation

    client.force_login(world.coordinator)
    with translation.override(language):
        url = reverse("accounts:invitation_new")
        required = str(forms.Field.default_error_messages["required"])
        invalid_email = str(EmailValidator.message)
    assert required != "This field is required."
    before = Invitation.objects.count()
    response = client.post(url, {"email": "not-an-email\x00", "role": "🙂" * 10})
    assert response.status_code == 200
    body = response.content.decode()
    assert required in body and invalid_email in body
    assert Invitation.objects.count() == before


@pytest.mark.parametrize("code", ["<script>alert(1)</script>", "AB/CD", "../x", "ĂȘ-12"])
def test_a_typed_certificate_code_with_signs_is_refused_not_a_500(client, db, code):
    """Regression (found by Hypothesis): a "/" in the typed code broke the redirect, a 500."""
    response = client.get(reverse("trainings:verify"), {"code": code})
    assert response.status_code == 200
    assert response.context["form"].errors["code"]


def test_a_refusal_leaves_the_saved_row_as_it_was(client, world):
    """The property the Hypothesis cases rely on, shown on one plain example."""
    client.force_login(world.focal)
    before = snapshot(["network.Organisation"])
    url = reverse("network:organisation_edit", args=[world.org.pk])
    response = client.post(url, {"name_ro": "", "website": "not a url", "email": "@@"})
    assert response.status_code == 200 and shows_refusal(response)
    assert snapshot(["network.Organisation"]) == before


@pytest.mark.parametrize("partner", ["99999999999999999999999999", "-99999999999999999999"])
def test_an_id_no_database_can_hold_is_refused_not_a_500(client, world, partner):
    """Found by the Hypothesis cases: Django put the typed id straight into the query."""
    client.force_login(world.focal)
    url = reverse("network:activity_edit", args=[world.activity.pk])
    before = snapshot(["network.Activity"])
    response = client.post(url, {"title_ro": "Activitate", "partners": [partner]})
    assert response.status_code == 200 and shows_refusal(response)
    assert snapshot(["network.Activity"]) == before
