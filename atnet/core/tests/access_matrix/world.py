"""The data the matrix requests: organisations A and B, their people and records, pages, files.

Everything that belongs to an organisation belongs to A, so that the focal point
of B asking for it shows whether one organisation can reach another's records.
A's personal data carries the SECRETS below; they must never appear in a page
served to a persona outside A and the staff.
"""

import datetime as dt
import io
from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Locale, Site, Task, Workflow

from atnet.accounts.models import Invitation as AccountInvitation
from atnet.accounts.roles import COORDINATOR_GROUP
from atnet.accounts.services import invitation_token
from atnet.meetings.models import (
    ActionItem,
    AgendaItem,
    Attachment,
    CalendarFeed,
    CommitteeSession,
    Invitation,
    Minutes,
)
from atnet.meetings.rsvp import rsvp_token
from atnet.meetings.tests.factories import MeetingFactory, SeriesFactory
from atnet.network.models import NetworkDirectoryPage, Role
from atnet.network.tests.factories import (
    ActivityFactory,
    OrganisationFactory,
    PersonFactory,
    UserFactory,
)
from atnet.portal.services import page_translation_save, site_ensure
from atnet.portal.tests.factories import StandardPageFactory
from atnet.reports.models import FiguresPage
from atnet.support.models import Conference, ConferenceParticipation, Distribution
from atnet.support.tests.factories import EquipmentFactory, MaterialFactory, MaterialFileFactory
from atnet.trainings.evaluation_links import evaluation_token
from atnet.trainings.models import Certificate, Trainer
from atnet.trainings.tests.factories import (
    CourseFactory,
    EnrolmentFactory,
    ParticipantFactory,
    SessionFactory,
)

from .personas import users_create

# Personal data of organisation A that only A's members and the staff may read.
SECRETS = (
    "Ana Secretă-Rusu",
    "ana.secreta@a.example",
    "Participanta Ascunsă",
    "Minute confidențiale ale ședinței",
)


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, "PNG")
    return buffer.getvalue()


def world_build() -> SimpleNamespace:
    w = SimpleNamespace()
    # A's profile is for members only: the public API and directory must not show it.
    w.org_a = OrganisationFactory(name_ro="Centrul A", slug="org-a", is_public=False)
    w.org_b = OrganisationFactory(name_ro="Asociația B", slug="org-b")
    w.users = users_create(w.org_a, w.org_b)
    _network(w)
    _pages(w)
    _meetings(w)
    _trainings(w)
    _support(w)
    _accounts(w)
    _wagtail_admin(w)
    _actionplans(w)
    return w


def _actionplans(w) -> None:
    """A plan whose measure A reports on: A's submitted report, its file, a Committee summary."""
    from atnet.actionplans.models import EvidenceFile, Report, ReportState, SessionSummary
    from atnet.actionplans.tests.factories import IndicatorFactory, MeasureFactory, PeriodFactory

    w.plan_period = PeriodFactory(plan__slug="plan-a")
    w.plan = w.plan_period.plan
    w.measure = MeasureFactory(objective__plan=w.plan, responsible=[w.org_a])
    w.objective, w.indicator = w.measure.objective, IndicatorFactory(measure=w.measure)
    w.plan_report = Report.objects.create(
        period=w.plan_period, measure=w.measure, organisation=w.org_a, status="in_progress",
        narrative="Raport intern A", state=ReportState.SUBMITTED,
    )  # fmt: skip
    w.evidence = EvidenceFile.objects.create(
        report=w.plan_report, title="Dovada A", file=ContentFile(b"evidence\n", name="dovada.txt")
    )
    w.plan_summary = SessionSummary.objects.create(
        period=w.plan_period, session=w.committee_session,
        file=ContentFile(b"%PDF-1.4\n", name="summary.pdf"),
    )  # fmt: skip


def _network(w) -> None:
    w.person_a = PersonFactory(
        organisation=w.org_a,
        full_name=SECRETS[0],
        email=SECRETS[1],
        user=w.users["member_a"],
    )
    w.person_b = PersonFactory(organisation=w.org_b, full_name="Boris B")
    w.activity_a = ActivityFactory(organisation=w.org_a, title_ro="Atelier A")
    w.membership_a = w.users["member_a"].memberships.get()
    # The admin's history reports name the record changed: A's person must not show there.
    log(instance=w.person_a, action="wagtail.edit", user=w.users["coord"])


def _pages(w) -> None:
    w.home = site_ensure(hostname="testserver", port=80)
    for language, title in (("en", "Home"), ("ru", "Главная")):
        page_translation_save(page=w.home, language=language, fields={"title": title})
    w.page = StandardPageFactory(parent=w.home, title="Despre", slug="despre")
    w.page.save_revision().publish()
    w.revision_old = w.page.latest_revision
    w.page.title = "Despre noi"
    w.revision = w.page.save_revision()
    w.page_en = page_translation_save(page=w.page, language="en", fields={"title": "About"})
    w.directory = w.home.add_child(instance=NetworkDirectoryPage(title="Rețeaua", slug="retea"))
    w.figures = w.home.add_child(instance=FiguresPage(title="Cifre", slug="cifre"))
    w.site = Site.objects.get(is_default_site=True)
    w.locale = Locale.objects.get(language_code="ro")


def _meetings(w) -> None:
    series = SeriesFactory()
    w.series = series
    w.meeting = MeetingFactory(series=series)
    w.invitation = Invitation.objects.create(meeting=w.meeting, person=w.person_a)
    w.rsvp_token = rsvp_token(w.invitation)
    Minutes.objects.create(meeting=w.meeting, body=SECRETS[3])
    w.attachment = Attachment.objects.create(
        meeting=w.meeting,
        title="Proces-verbal",
        file=ContentFile(b"%PDF-1.4 minutes", name="minutes.pdf"),
    )
    w.agenda_item = AgendaItem.objects.create(meeting=w.meeting, title_ro="Deschidere")
    w.action_item = ActionItem.objects.create(meeting=w.meeting, text="De făcut", owner=w.org_a)
    w.committee_session = CommitteeSession.objects.create(
        starts_at=timezone.now() - dt.timedelta(days=30), title_ro="Ședința Comitetului"
    )
    w.calendar_feed = CalendarFeed.objects.create(user=w.users["member_a"])


def _trainings(w) -> None:
    w.course = CourseFactory()
    w.session = SessionFactory(course=w.course)
    w.participant_a = ParticipantFactory(organisation=w.org_a, full_name=SECRETS[2])
    w.enrolment = EnrolmentFactory(session=w.session, participant=w.participant_a)
    w.certificate = Certificate.objects.create(
        enrolment=w.enrolment, issued_on=dt.date(2025, 3, 11)
    )
    w.evaluation_token = evaluation_token(w.enrolment)
    w.trainer = Trainer.objects.create(full_name="Formatoarea T", organisation=w.org_a)


def _support(w) -> None:
    w.equipment = EquipmentFactory(recipient=w.org_a)
    w.material = MaterialFactory(access="members")
    w.material_file = MaterialFileFactory(material=w.material, language="ro")
    w.distribution = Distribution.objects.create(
        material=w.material, organisation=w.org_a, date=dt.date(2025, 1, 1)
    )
    w.conference = Conference.objects.create(
        slug="conf",
        title_en="Conference",
        city="Vienna",
        country="AT",
        start_date=dt.date(2025, 5, 1),
        end_date=dt.date(2025, 5, 2),
    )
    w.conference_participation = ConferenceParticipation.objects.create(
        conference=w.conference,
        full_name="Delegata A",
        organisation=w.org_a,
        role="speaker",
        start_date=dt.date(2025, 5, 1),
        end_date=dt.date(2025, 5, 2),
    )


def _accounts(w) -> None:
    w.account_invitation = AccountInvitation.objects.create(
        email="new@a.example", organisation=w.org_a, role=Role.MEMBER
    )
    w.account_invitation_token = invitation_token(w.account_invitation)
    # Someone who never signs in here: signing in would change the token's hash.
    user = UserFactory(username="forgetful")
    w.reset_uid = urlsafe_base64_encode(force_bytes(user.pk))
    w.reset_token = default_token_generator.make_token(user)


def _wagtail_admin(w) -> None:
    w.collection = Collection.get_first_root_node().add_child(name="Privat")
    w.image = get_image_model().objects.create(
        title="Sigla", file=ContentFile(_png(), name="sigla.png"), collection=w.collection
    )
    w.document = get_document_model().objects.create(
        title="Raport", file=ContentFile(b"%PDF-1.4 report", name="raport.pdf")
    )
    w.workflow = Workflow.objects.filter(active=True).first() or Workflow.objects.create(
        name="Aprobare"
    )
    w.task = Task.objects.filter(active=True).first()
    w.workflow_state = w.workflow.start(w.page, w.users["admin"])
    w.task_state = w.workflow_state.current_task_state
    w.group = Group.objects.get(name=COORDINATOR_GROUP)
    from wagtail.contrib.redirects.models import Redirect

    w.redirect = Redirect.objects.create(old_path="/vechi", redirect_link="/ro/")
    w.translation = _localize_translation(w.page)
    w.page_type = ContentType.objects.get_for_model(w.page.specific_class)


def _localize_translation(page):
    """A wagtail-localize translation of `page` into Russian, with its segments."""
    from wagtail_localize.models import (
        OverridableSegment,
        StringSegment,
        Translation,
        TranslationSource,
    )

    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code="ru")
    )
    translation.save_target(publish=False)
    translation.string_segment = StringSegment.objects.filter(source=source).first()
    translation.overridable_segment = OverridableSegment.objects.filter(source=source).first()
    return translation
