"""Series, meetings, agendas and their public announcement."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from atnet.core.services import log_action
from atnet.network.models import Person
from atnet.portal.models import EventIndexPage, EventPage, HomePage
from atnet.portal.services import page_translation_save

from ..models import AgendaItem, Meeting, MeetingStatus, Series
from ..planning import PlannedMeeting

# A change to any of these is news for the registered: they are told, calendars update.
NOTIFYING_FIELDS = {"starts_at", "ends_at", "venue", "host_unit", "status"}
TRANSLATIONS = ("en", "ru")


def series_create(*, actor, eligible_units=(), **fields) -> Series:
    series = Series(**fields)
    series.full_clean()
    series.save()
    series.eligible_units.set(eligible_units)
    log_action(
        actor=actor, action="meetings.series.create", obj=series, data={"fields": sorted(fields)}
    )
    return series


def meeting_create(
    *, actor, series: Series, starts_at: dt.datetime, ends_at: dt.datetime | None = None, **fields
) -> Meeting:
    if ends_at is None:
        ends_at = starts_at + dt.timedelta(minutes=series.duration_minutes)
    fields.setdefault("venue", series.default_venue)
    fields.setdefault("capacity", series.capacity)
    meeting = Meeting(series=series, starts_at=starts_at, ends_at=ends_at, **fields)
    meeting.full_clean()
    meeting.save()
    log_action(
        actor=actor,
        action="meetings.meeting.create",
        obj=meeting,
        data={"fields": ["series", "starts_at", "ends_at", *sorted(fields)]},
    )
    return meeting


@transaction.atomic
def meetings_create_from_plan(
    *, actor, series: Series, planned: list[PlannedMeeting]
) -> list[Meeting]:
    """The coordinator's confirmed plan: one meeting per row, with the host they kept or chose."""
    return [
        meeting_create(
            actor=actor,
            series=series,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            host_unit=row.unit,
        )
        for row in planned
    ]


@transaction.atomic
def meeting_update(*, actor, meeting: Meeting, data: dict) -> Meeting:
    """Change a meeting; a new time, place or status bumps its sequence and tells the registered."""
    data = dict(data)
    chairs = data.pop("chairs", None)
    changed = sorted(name for name, value in data.items() if getattr(meeting, name) != value)
    for name in changed:
        setattr(meeting, name, data[name])
    meeting.full_clean()
    notify = bool(NOTIFYING_FIELDS.intersection(changed))
    if notify:
        meeting.sequence += 1
    meeting.save()
    if chairs is not None and _chairs_set(meeting, chairs):
        changed.append("chairs")
    log_action(actor=actor, action="meetings.meeting.update", obj=meeting, data={"fields": changed})
    if notify:
        _after_change(meeting)
    return meeting


def _chairs_set(meeting: Meeting, chairs) -> bool:
    """Set the chairs (people of the network only); True when they changed."""
    chairs = list(chairs)
    if any(not isinstance(person, Person) or person.pk is None for person in chairs):
        raise ValidationError({"chairs": _("Chairs must be people of the network.")})
    if {p.pk for p in chairs} == set(meeting.chairs.values_list("pk", flat=True)):
        return False
    meeting.chairs.set(chairs)
    return True


def _after_change(meeting: Meeting) -> None:
    from ..tasks import meeting_changed_notify

    if meeting.event_page_id:
        _event_sync(meeting)
    if meeting.registrations.exists():
        meeting_changed_notify.enqueue(meeting_id=meeting.pk)


def meeting_cancel(*, actor, meeting: Meeting, reason: str) -> Meeting:
    return meeting_update(
        actor=actor,
        meeting=meeting,
        data={"status": MeetingStatus.CANCELLED, "status_reason": reason},
    )


def agenda_item_add(
    *,
    actor,
    meeting: Meeting,
    title_ro: str,
    title_en: str = "",
    title_ru: str = "",
    presenter=None,
    minutes_allotted: int = 15,
) -> AgendaItem:
    last = meeting.agenda_items.order_by("-position").first()
    item = AgendaItem(
        meeting=meeting,
        position=(last.position + 1) if last else 1,
        title_ro=title_ro,
        title_en=title_en,
        title_ru=title_ru,
        presenter=presenter,
        minutes_allotted=minutes_allotted,
    )
    item.full_clean()
    item.save()
    log_action(actor=actor, action="meetings.agenda.add", obj=item, data={"fields": ["title"]})
    return item


def agenda_item_move(*, actor, item: AgendaItem, direction: str) -> AgendaItem:
    """Swap the item with its neighbour ("up" or "down"); positions are renumbered 1..n."""
    if direction not in ("up", "down"):
        raise ValidationError(_("Move an item up or down."))
    items = list(item.meeting.agenda_items.order_by("position", "pk"))
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    target = index - 1 if direction == "up" else index + 1
    if 0 <= target < len(items):
        items[index], items[target] = items[target], items[index]
    for position, other in enumerate(items, start=1):
        other.position = position
    AgendaItem.objects.bulk_update(items, ["position"])
    log_action(actor=actor, action="meetings.agenda.move", obj=item, data={"fields": ["position"]})
    return next(other for other in items if other.pk == item.pk)


def agenda_item_delete(*, actor, item: AgendaItem) -> None:
    log_action(actor=actor, action="meetings.agenda.delete", obj=item, data={"fields": ["title"]})
    item.delete()


def _event_index() -> EventIndexPage:
    home = HomePage.objects.filter(depth=2, locale__language_code="ro").first()
    index = EventIndexPage.objects.child_of(home).first() if home else None
    if index is None:
        raise ValidationError(_("The site has no events page to announce the meeting on."))
    return index


def _event_texts(meeting: Meeting, language: str) -> dict:
    with translation.override(language):
        intro = _("A coordination meeting of the anti-trafficking and gender network.")
        return {"title": meeting.title, "intro": intro, "organiser": _("Coordination meetings")}


@transaction.atomic
def meeting_announce(*, actor, meeting: Meeting) -> EventPage:
    """Publish the meeting as a public event in Romanian, English and Russian (once)."""
    if meeting.event_page_id:
        return meeting.event_page
    page = EventPage(
        slug=f"meeting-{meeting.pk}",
        start=meeting.starts_at,
        end=meeting.ends_at,
        venue=meeting.venue,
        unit=meeting.host_unit,
        **_event_texts(meeting, "ro"),
    )
    _event_index().add_child(instance=page)
    page.save_revision().publish()
    for language in TRANSLATIONS:
        page_translation_save(page=page, language=language, fields=_event_texts(meeting, language))
    meeting.event_page = page
    meeting.save(update_fields=["event_page", "updated_at"])
    log_action(
        actor=actor,
        action="meetings.meeting.announce",
        obj=meeting,
        data={"fields": ["event_page"]},
    )
    return page


def _event_sync(meeting: Meeting) -> None:
    """Keep every language of the public event on the meeting's time and place."""
    for page in EventPage.objects.filter(translation_key=meeting.event_page.translation_key):
        if meeting.is_cancelled:
            page.unpublish()  # a cancelled meeting disappears from the public agenda
            continue
        page.start, page.end = meeting.starts_at, meeting.ends_at
        page.venue, page.unit = meeting.venue, meeting.host_unit
        page.save_revision().publish()
