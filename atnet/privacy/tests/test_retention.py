import datetime as dt

from django.core.management import call_command
from django.utils import timezone

from atnet.core.models import AuditLogEntry
from atnet.meetings.models import Registration
from atnet.network.models import Person
from atnet.privacy.retention import contact_retention_apply
from atnet.trainings.models import Enrolment, Participant

from .conftest import meeting, organisation, training_session

NOW = timezone.make_aware(dt.datetime(2030, 6, 1, 12))


def _age(model, pk, days, now=NOW):
    """Pretend the record was last changed `days` before `now` (update() keeps auto_now away)."""
    model.objects.filter(pk=pk).update(updated_at=now - dt.timedelta(days=days))


def _meeting_person(org, name, days_ago):
    person = Person.objects.create(
        organisation=org, full_name=name, email=f"{name.lower()}@example.org", phone="0600"
    )
    held = meeting(day=(NOW - dt.timedelta(days=days_ago)).date(), slug=f"s-{name.lower()}")
    Registration.objects.create(meeting=held, person=person, response="attending")
    _age(Person, person.pk, days_ago)
    return person


def _trainee(org, name, days_ago, now=NOW):
    participant = Participant.objects.create(
        full_name=name, organisation=org, gender="male", profession="police",
        email=f"{name.lower()}@example.org", phone="0700",
    )  # fmt: skip
    session = training_session(org, start=(now - dt.timedelta(days=days_ago)).date(), code=name)
    Enrolment.objects.create(session=session, participant=participant, status="accepted")
    _age(Participant, participant.pk, days_ago, now)
    return participant


def test_contact_details_go_after_the_period_and_stay_before(db, settings):
    settings.ATNET_RETENTION_PARTICIPANT_CONTACT_DAYS = 365
    org = organisation()
    old_person, young_person = _meeting_person(org, "Old", 400), _meeting_person(org, "Young", 300)
    old_trainee, young_trainee = _trainee(org, "Oldtrainee", 400), _trainee(org, "Newtrainee", 300)

    result = contact_retention_apply(now=NOW)

    assert (result.people, result.participants) == (1, 1)
    old_person.refresh_from_db()
    young_person.refresh_from_db()
    assert (old_person.email, old_person.phone, old_person.full_name) == ("", "", "Old")
    assert young_person.email == "young@example.org"
    assert Participant.objects.get(pk=old_trainee.pk).email == ""
    assert Participant.objects.get(pk=young_trainee.pk).phone == "0700"
    logged = AuditLogEntry.objects.filter(action="privacy.retention")
    assert {(e.object_type, e.object_id) for e in logged} == {
        ("network.person", str(old_person.pk)), ("trainings.participant", str(old_trainee.pk)),
    }  # fmt: skip


def test_a_recent_event_keeps_an_old_contact(db, settings):
    settings.ATNET_RETENTION_PARTICIPANT_CONTACT_DAYS = 365
    org = organisation()
    person = _meeting_person(org, "Regular", 800)
    Registration.objects.create(
        meeting=meeting(day=(NOW - dt.timedelta(days=30)).date(), slug="recent"),
        person=person, response="attending",
    )  # fmt: skip
    assert contact_retention_apply(now=NOW).people == 0
    assert Person.objects.get(pk=person.pk).email == "regular@example.org"


def test_members_with_an_active_account_keep_their_contact(db, settings):
    from django.contrib.auth import get_user_model

    settings.ATNET_RETENTION_PARTICIPANT_CONTACT_DAYS = 365
    person = _meeting_person(organisation(), "Member", 900)
    user = get_user_model().objects.create_user("member", "member@example.org", "pw-Test-123")
    Person.objects.filter(pk=person.pk).update(user=user)
    assert contact_retention_apply(now=NOW).people == 0


def test_the_period_defaults_to_three_years(db):
    org = organisation()
    two_years, four_years = _trainee(org, "Twoyears", 730), _trainee(org, "Fouryears", 1460)
    contact_retention_apply(now=NOW)
    assert Participant.objects.get(pk=two_years.pk).email == "twoyears@example.org"
    assert Participant.objects.get(pk=four_years.pk).email == ""


def test_the_command_queues_the_run(db, settings, capsys):
    settings.ATNET_RETENTION_PARTICIPANT_CONTACT_DAYS = 1
    trainee = _trainee(organisation(), "Commanded", 10, now=timezone.now())
    call_command("personal_data_retention", "--dry-run")
    assert "1 participants" in capsys.readouterr().out
    assert Participant.objects.get(pk=trainee.pk).email == "commanded@example.org"
    call_command("personal_data_retention")
    assert Participant.objects.get(pk=trainee.pk).email == ""
