"""Known records for the figures: small enough to count by hand in the tests."""

import datetime as dt
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from atnet.geo.models import AdministrativeUnit
from atnet.legislation.models import ActPage, ActType, LegislationIndexPage, Topic
from atnet.meetings.models import Attendance, Meeting, Series
from atnet.network.models import Activity, Organisation, Person
from atnet.portal.services import page_translation_save
from atnet.projects.models import ProjectIndexPage, ProjectPage
from atnet.support.models import Distribution, Equipment, Material
from atnet.trainings.models import Course, Enrolment, Participant, Session


def unit(code: str) -> AdministrativeUnit:
    return AdministrativeUnit.objects.get(code=code)


def coordinator(username: str = "coord"):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw-Test-123")
    user.groups.add(Group.objects.get_or_create(name="coordinator")[0])
    return user


def organisation(slug: str, type_: str) -> Organisation:
    return Organisation.objects.create(
        name_ro=f"Organizația {slug}", slug=slug, type=type_, level="national"
    )


def series(slug: str = "national") -> Series:
    return Series.objects.create(
        kind="national", slug=slug, name_ro="Ședința națională", name_en="National meeting",
        name_ru="Национальное совещание", recurrence="FREQ=MONTHLY",
    )  # fmt: skip


def meeting(series_, day: dt.date, code: str, status: str = "held") -> Meeting:
    start = timezone.make_aware(dt.datetime.combine(day, dt.time(10)))
    return Meeting.objects.create(
        series=series_, starts_at=start, ends_at=start + dt.timedelta(hours=3),
        host_unit=unit(code), status=status, status_reason="motiv" if status == "cancelled" else "",
    )  # fmt: skip


def person(org, gender: str, name: str) -> Person:
    return Person.objects.create(organisation=org, full_name=name, gender=gender)


def attend(meeting_, *, person_=None, org=None, gender="", status="present", name="Walk-in"):
    return Attendance.objects.create(
        meeting=meeting_, person=person_, full_name=person_.full_name if person_ else name,
        organisation=org or (person_.organisation if person_ else None),
        gender=gender, status=status, is_walk_in=person_ is None,
    )  # fmt: skip


def course(slug: str, domains: list[str]) -> Course:
    return Course.objects.create(
        slug=slug, title_ro=f"Curs {slug}", title_en=f"Course {slug}", domains=domains
    )


def session(course_, day: dt.date, code: str) -> Session:
    return Session.objects.create(
        course=course_, code=f"{course_.slug}-{day}-{code}", start_date=day,
        end_date=day + dt.timedelta(days=1), unit=unit(code), status="completed",
    )  # fmt: skip


def participant(org, name: str, gender: str, profession: str) -> Participant:
    return Participant.objects.create(
        full_name=name, organisation=org, gender=gender, profession=profession
    )


def enrol(session_, participant_, *, days=2, status="accepted", pre=None, post=None) -> Enrolment:
    return Enrolment.objects.create(
        session=session_, participant=participant_, status=status, days_attended=days,
        pre_score=pre, post_score=post,
    )  # fmt: skip


def equipment(org, code, *, quantity, day, category="it", status="delivered"):
    return Equipment.objects.create(
        item="Laptop", category=category, quantity=quantity, recipient=org, unit=unit(code),
        date=day, status=status,
    )  # fmt: skip


def material(slug: str, domains: list[str]) -> Material:
    return Material.objects.create(
        slug=slug, kind="guide", title_ro=f"Ghid {slug}", original_language="ro", domains=domains
    )


def distribute(material_, org, *, copies: int, day: dt.date) -> Distribution:
    return Distribution.objects.create(
        material=material_, organisation=org, copies=copies, date=day
    )


def activity(org, codes: list[str], start: dt.date, domains=None) -> Activity:
    item = Activity.objects.create(
        organisation=org, title_ro="Activitate", start_date=start, domains=domains or []
    )
    item.regions.set([unit(code) for code in codes])
    return item


def project(index, slug, *, domains, budget, currency, status, codes, start, translate=False):
    page = ProjectPage(
        title=f"Proiect {slug}", slug=slug, status=status, level="national", domains=domains,
        planned_start=start, planned_end=start.replace(month=12, day=31), budget=Decimal(budget),
        currency=currency, locale=index.locale,
    )  # fmt: skip
    page.units = [unit(code) for code in codes]
    index.add_child(instance=page)
    page.save_revision().publish()
    if translate:
        page_translation_save(page=page, language="en", fields={"title": f"Project {slug}"})
    return page


def project_index(home) -> ProjectIndexPage:
    index = ProjectIndexPage(title="Proiecte", slug="projects", locale=home.locale)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def legislation_index(home) -> LegislationIndexPage:
    index = LegislationIndexPage(title="Legislație", slug="legislation", locale=home.locale)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def act(index, slug, *, status, year) -> ActPage:
    page = ActPage(
        title=f"Act {slug}", slug=slug, act_type=ActType.LAW, status=status,
        topic=Topic.TRAFFICKING, year=year, locale=index.locale,
    )  # fmt: skip
    index.add_child(instance=page)
    page.save_revision().publish()
    return page
