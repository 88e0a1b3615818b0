"""Series of coordination meetings, their meetings and agendas."""

import datetime as dt

from dateutil.rrule import rrulestr
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from atnet.core.languages import in_language
from atnet.core.models import TimeStampedModel


class SeriesKind(models.TextChoices):
    NATIONAL = "national", _("National (monthly, Chișinău)")
    REGIONAL = "regional", _("Regional (rotating host)")


class Series(TimeStampedModel):
    kind = models.CharField(_("kind"), max_length=20, choices=SeriesKind.choices)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name_ro = models.CharField(_("name (Romanian)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    recurrence = models.CharField(
        _("recurrence rule"),
        max_length=200,
        help_text=_("An iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=+2TH (second Thursday)."),
    )
    start_time = models.TimeField(_("usual start time"), default=dt.time(10, 0))
    duration_minutes = models.PositiveSmallIntegerField(_("usual duration (minutes)"), default=180)
    default_unit = models.ForeignKey(
        "geo.AdministrativeUnit",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("usual host unit"),
    )
    default_venue = models.CharField(_("usual venue"), max_length=255, blank=True)
    rotate_host = models.BooleanField(
        _("rotate the host"),
        default=False,
        help_text=_("Propose the unit whose region the network has not met in for longest."),
    )
    eligible_units = models.ManyToManyField(
        "geo.AdministrativeUnit",
        blank=True,
        related_name="+",
        verbose_name=_("units that may host"),
        help_text=_("Leave empty to allow every unit."),
    )
    capacity = models.PositiveIntegerField(_("usual capacity"), null=True, blank=True)

    class Meta:
        verbose_name = _("meeting series")
        verbose_name_plural = _("meeting series")
        ordering = ["kind", "name_ro"]

    def __str__(self):
        return self.name

    def clean(self):
        try:
            rrulestr(self.recurrence, dtstart=timezone.now())
        except (ValueError, TypeError) as error:
            raise ValidationError(
                {"recurrence": _("This is not a valid recurrence rule.")}
            ) from error

    @property
    def name(self) -> str:
        return in_language(self, "name")

    @property
    def duration_timedelta(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.duration_minutes)


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    CONFIRMED = "confirmed", _("Confirmed")
    HELD = "held", _("Held")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")


NEEDS_REASON = (MeetingStatus.POSTPONED, MeetingStatus.CANCELLED)


class MeetingQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def upcoming(self):
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")

    def past(self):
        return self.filter(ends_at__lt=timezone.now()).order_by("-starts_at", "-pk")


class Meeting(TimeStampedModel):
    series = models.ForeignKey(
        Series, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("series")
    )
    title_ro = models.CharField(_("title (Romanian)"), max_length=255, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=255, blank=True)
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"))
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    host_unit = models.ForeignKey(
        "geo.AdministrativeUnit",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hosted_meetings",
        verbose_name=_("host unit"),
    )
    chairs = models.ManyToManyField(
        "network.Person", blank=True, related_name="chaired_meetings", verbose_name=_("chairs")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=MeetingStatus.choices, default=MeetingStatus.PLANNED
    )
    status_reason = models.TextField(_("reason for the status"), blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    is_public = models.BooleanField(_("public"), default=True)
    # For members who join from the regions; shown only to those registered.
    online_url = models.URLField(
        _("video-conference link"),
        blank=True,
        help_text=_("Shown only to registered members, and in their personal calendar."),
    )
    # Who may answer: by default only the organisations invited. Answering never
    # opens the internal minutes (atnet.meetings.permissions.can_read_internal).
    open_to_members = models.BooleanField(
        _("open to all member organisations"),
        default=False,
        help_text=_(
            "Any member organisation may register, not only those invited. "
            "Registering does not give access to the internal minutes."
        ),
    )
    event_page = models.ForeignKey(
        "portal.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("public event page"),
    )
    # iCalendar SEQUENCE: grows with every change of time, place or status.
    sequence = models.PositiveIntegerField(default=0, editable=False)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["starts_at", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A meeting must end after it starts.")})
        if self.status in NEEDS_REASON and not self.status_reason.strip():
            raise ValidationError(
                {"status_reason": _("Give the reason for postponing or cancelling.")}
            )

    @property
    def title(self) -> str:
        own = in_language(self, "title")
        if own:
            return own
        day = date_format(timezone.localtime(self.starts_at), "DATE_FORMAT")
        return f"{self.series.name} — {day}"

    @property
    def is_cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    @property
    def location(self) -> str:
        return ", ".join(
            part for part in (self.venue, self.host_unit and self.host_unit.name) if part
        )


class AgendaItem(models.Model):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="agenda_items", verbose_name=_("meeting")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title_ro = models.CharField(_("title (Romanian)"), max_length=255)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=255, blank=True)
    presenter = models.ForeignKey(
        "network.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("presenter organisation"),
    )
    minutes_allotted = models.PositiveSmallIntegerField(_("minutes allotted"), default=15)

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["meeting", "position", "pk"]

    def __str__(self):
        return self.title

    @property
    def title(self) -> str:
        return in_language(self, "title")
