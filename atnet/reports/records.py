"""The records behind a figure: what each kind of record shows in the list, and its link.

Attendance lists show the meeting, organisation and gender but no names: the
figure is about groups; the meeting's own page has the sign-in sheet.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Column:
    label: str
    value: Callable
    link: Callable | None = None


@dataclass(frozen=True)
class Kind:
    title: str
    columns: list[Column]
    select: tuple = ()
    order: tuple = ("-pk",)
    distinct: bool = False

    def prepare(self, rows):
        rows = rows.select_related(*self.select).order_by(*self.order)
        return rows.distinct() if self.distinct else rows


@dataclass(frozen=True)
class CostRecord:
    """A training session or a conference participation, as one line of the costs list."""

    date: object
    kind: str
    title: str
    link: str
    funder: str
    cost: str


class CostKind(Kind):
    """Sessions and participations together (the records of atnet.reports.figures.costs)."""

    def prepare(self, rows):
        sessions = rows.sessions.select_related("course", "funded_by").order_by()
        participations = rows.participations.select_related("conference", "funded_by").order_by()
        records = [*map(_session_cost, sessions), *map(_participation_cost, participations)]
        return sorted(records, key=lambda record: (record.date, record.title), reverse=True)


def _funder(obj) -> str:
    return obj.funded_by.name if obj.funded_by else ""


def _session_cost(session) -> CostRecord:
    link = reverse("trainings:session", args=[session.pk])
    title = session.course.title
    kind = str(_("Training session"))
    return CostRecord(session.start_date, kind, title, link, _funder(session), session.cost_display)


def _participation_cost(participation) -> CostRecord:
    link = reverse("wagtailsnippets_support_conferenceparticipation:edit", args=[participation.pk])
    title = f"{participation.conference.title} — {participation.full_name}"
    kind = str(_("Conference participation"))
    return CostRecord(
        participation.conference.start_date, kind, title, link, _funder(participation),
        participation.cost_display,
    )  # fmt: skip


def _day(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "tzinfo"):
        value = timezone.localtime(value)
    return date_format(value, "SHORT_DATE_FORMAT")


def _meeting_link(meeting) -> str:
    return reverse("meetings:meeting_detail", args=[meeting.pk])


def _unit(unit) -> str:
    return unit.name if unit else ""


RECORDS = {
    "meetings": Kind(_("Meetings"), [
        Column(_("Date"), lambda m: _day(m.starts_at)),
        Column(_("Meeting"), lambda m: m.title, _meeting_link),
        Column(_("Host unit"), lambda m: _unit(m.host_unit)),
        Column(_("Status"), lambda m: m.get_status_display()),
    ], select=("series", "host_unit"), order=("-starts_at", "pk")),
    "attendances": Kind(_("Attendance at meetings"), [
        Column(_("Date"), lambda a: _day(a.meeting.starts_at)),
        Column(_("Meeting"), lambda a: a.meeting.title, lambda a: _meeting_link(a.meeting)),
        Column(_("Organisation"), lambda a: a.organisation_label),
        Column(_("Gender"), lambda a: a.get_gender_display() or _("Not stated")),
        Column(_("Walk-in"), lambda a: _("yes") if a.is_walk_in else ""),
    ], select=("meeting__series", "meeting__host_unit", "organisation"),
        order=("-meeting__starts_at", "pk")),
    "enrolments": Kind(_("Participants trained"), [
        Column(_("First day"), lambda e: _day(e.session.start_date)),
        Column(_("Course"), lambda e: e.session.course.title,
               lambda e: reverse("trainings:session", args=[e.session_id])),
        Column(_("Unit"), lambda e: _unit(e.session.unit)),
        Column(_("Participant"), lambda e: e.participant.full_name,
               lambda e: reverse("trainings:participant", args=[e.participant_id])),
        Column(_("Profession"), lambda e: e.participant.get_profession_display()),
        Column(_("Gender"), lambda e: e.participant.get_gender_display() or _("Not stated")),
        Column(_("Pre-test"), lambda e: e.pre_score if e.pre_score is not None else ""),
        Column(_("Post-test"), lambda e: e.post_score if e.post_score is not None else ""),
    ], select=("session__course", "session__unit", "participant"),
        order=("-session__start_date", "pk")),
    "equipment": Kind(_("Equipment delivered"), [
        Column(_("Date"), lambda e: _day(e.date)),
        Column(_("Item"), lambda e: e.item),
        Column(_("Category"), lambda e: e.get_category_display()),
        Column(_("Pieces"), lambda e: e.quantity),
        Column(_("Recipient authority"), lambda e: e.recipient.name),
        Column(_("Unit"), lambda e: _unit(e.unit)),
    ], select=("recipient", "unit"), order=("-date", "pk")),
    "distributions": Kind(_("Distributions of key materials"), [
        Column(_("Date"), lambda d: _day(d.date)),
        Column(_("Material"), lambda d: d.material.title),
        Column(_("Organisation"), lambda d: d.organisation.name),
        Column(_("Copies"), lambda d: d.copies),
    ], select=("material", "organisation"), order=("-date", "pk")),
    "projects": Kind(_("Projects"), [
        Column(_("Project"), lambda p: p.title, lambda p: p.url),
        Column(_("Status"), lambda p: p.get_status_display()),
        Column(_("Domains"), lambda p: "; ".join(p.get_domains_display())),
        Column(_("Budget"), lambda p: f"{p.budget} {p.currency}" if p.budget is not None else ""),
    ], order=("title", "pk"), distinct=True),
    "acts": Kind(_("Normative acts"), [
        Column(_("Act"), lambda a: a.title, lambda a: a.url),
        Column(_("Status"), lambda a: a.get_status_display()),
        Column(_("Year"), lambda a: a.year or ""),
    ], order=("-year", "title")),
    "activities": Kind(_("Activities of organisations"), [
        Column(_("Start"), lambda a: _day(a.start_date)),
        Column(_("Activity"), lambda a: a.title,
               lambda a: reverse("network:activity_detail", args=[a.pk])),
        Column(_("Organisation"), lambda a: a.organisation.name),
        Column(_("Status"), lambda a: a.get_status_display()),
    ], select=("organisation",), order=("-start_date", "pk"), distinct=True),
    "costs": CostKind(_("Costs of training sessions and conference participations"), [
        Column(_("Date"), lambda r: _day(r.date)),
        Column(_("Kind"), lambda r: r.kind),
        Column(_("Record"), lambda r: r.title, lambda r: r.link),
        Column(_("Funded by"), lambda r: r.funder),
        Column(_("Cost"), lambda r: r.cost),
    ]),
}  # fmt: skip


def cells(kind: Kind, obj) -> list[tuple[str, str | None]]:
    """(text, link) for each column of one record."""
    return [(str(col.value(obj)), col.link(obj) if col.link else None) for col in kind.columns]
