"""Trainings: courses, sessions across the country, participants, attendance, certificates.

Courses and sessions are public (three-language titles); participants,
nominations, attendance, scores and certificates are personal data and never
leave the workspace, except the certificate's holder name, course, dates and
validity on the verification page.
"""

import datetime as dt
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from atnet.core.languages import in_language
from atnet.core.models import FoldedSearchModel, TimeStampedModel
from atnet.core.money import Currency, cost_errors
from atnet.core.text import fold
from atnet.network.fields import ChoiceListField
from atnet.network.models import Domain, Gender
from atnet.portal.models import ContentPage


def name_key(full_name: str) -> str:
    """A person's name folded for matching: case, diacritics, spacing and word order ignored."""
    words = "".join(ch if ch.isalnum() else " " for ch in fold(full_name)).split()
    return " ".join(sorted(words))


class Audience(models.TextChoices):
    """Who a course is for; also a participant's profession."""

    JUDGES = "judges", _("Judges")
    PROSECUTORS = "prosecutors", _("Prosecutors")
    POLICE = "police", _("Police officers")
    BORDER_POLICE = "border_police", _("Border police officers")
    LABOUR_INSPECTORS = "labour_inspectors", _("Labour inspectors")
    SOCIAL_WORKERS = "social_workers", _("Social workers")
    LOCAL_AUTHORITIES = "local_authorities", _("Local authorities")
    NGO_STAFF = "ngo_staff", _("NGO staff")
    OTHER = "other", _("Other")


class CompletionRule(models.TextChoices):
    ALL_DAYS = "all_days", _("All days attended")
    MOST_DAYS = "most_days", _("At least 80% of the days attended")
    ALL_DAYS_AND_PASS = "all_days_pass", _("All days attended and the post-test passed")


class SessionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    NOMINATIONS = "nominations", _("Open for nominations")
    CONFIRMED = "confirmed", _("Confirmed")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


class EnrolmentStatus(models.TextChoices):
    NOMINATED = "nominated", _("Nominated")
    ACCEPTED = "accepted", _("Accepted")
    WAITLISTED = "waitlisted", _("Wait-listed")
    DECLINED = "declined", _("Declined")


class CourseQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)


class Course(FoldedSearchModel, TimeStampedModel):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title_ro = models.CharField(_("title (Romanian)"), max_length=255)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=255, blank=True)
    description_ro = models.TextField(_("description (Romanian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    audiences = ChoiceListField(_("audiences"), item_choices=Audience.choices)
    domains = ChoiceListField(_("domains"), item_choices=Domain.choices)
    topics = models.CharField(
        _("topics"), max_length=255, blank=True, help_text=_("Keywords, separated by commas.")
    )
    duration_days = models.PositiveSmallIntegerField(
        _("duration (days)"), default=1, validators=[MinValueValidator(1)]
    )
    duration_hours = models.PositiveSmallIntegerField(_("duration (hours)"), default=8)
    language = models.CharField(
        _("language of delivery"), max_length=2, choices=settings.LANGUAGES, default="ro"
    )
    completion_rule = models.CharField(
        _("completion rule"),
        max_length=20,
        choices=CompletionRule.choices,
        default=CompletionRule.ALL_DAYS,
    )
    pass_mark = models.DecimalField(
        _("post-test pass mark"),
        max_digits=5,
        decimal_places=2,
        default=60,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    is_public = models.BooleanField(_("public"), default=True)
    folded_fields = (
        "title_ro", "title_en", "title_ru", "topics",
        "description_ro", "description_en", "description_ru",
    )  # fmt: skip

    objects = CourseQuerySet.as_manager()

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        ordering = ["title_ro"]

    def __str__(self):
        return self.title

    @property
    def title(self) -> str:
        return in_language(self, "title")

    @property
    def description(self) -> str:
        return in_language(self, "description")

    def title_in(self, language: str) -> str:
        return getattr(self, f"title_{language}", "") or self.title_ro

    def get_audiences_display(self) -> list[str]:
        return [str(Audience(value).label) for value in self.audiences if value in Audience.values]


class Trainer(TimeStampedModel):
    """A trainer: programme staff or an external expert (personal data: workspace only)."""

    full_name = models.CharField(_("full name"), max_length=200)
    organisation = models.ForeignKey(
        "network.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("organisation"),
    )
    is_external = models.BooleanField(_("external trainer"), default=False)
    expertise = models.CharField(_("expertise"), max_length=255, blank=True)
    email = models.EmailField(_("email"), blank=True)

    class Meta:
        verbose_name = _("trainer")
        verbose_name_plural = _("trainers")
        ordering = ["full_name"]

    def __str__(self):
        return self.full_name


class SessionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(course__is_public=True).exclude(status=SessionStatus.CANCELLED)


class Session(TimeStampedModel):
    course = models.ForeignKey(
        Course, on_delete=models.PROTECT, related_name="sessions", verbose_name=_("course")
    )
    code = models.SlugField(_("code"), max_length=60, unique=True)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    unit = models.ForeignKey(
        "geo.AdministrativeUnit",
        on_delete=models.PROTECT,
        related_name="training_sessions",
        verbose_name=_("administrative unit"),
    )
    trainers = models.ManyToManyField(
        Trainer, blank=True, related_name="sessions", verbose_name=_("trainers")
    )
    capacity = models.PositiveSmallIntegerField(_("capacity"), default=25)
    language = models.CharField(
        _("language"), max_length=2, choices=settings.LANGUAGES, default="ro"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=SessionStatus.choices, default=SessionStatus.PLANNED
    )
    event_page = models.ForeignKey(
        "portal.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("announcement on the website"),
    )
    # Who paid and what it cost: internal figures, never on the public site or API.
    funded_by = models.ForeignKey(
        "network.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="funded_training_sessions",
        verbose_name=_("funded by"),
    )
    cost_amount = models.DecimalField(
        _("cost"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    cost_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, blank=True
    )

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["-start_date", "pk"]

    def __str__(self):
        return f"{self.course} ({self.start_date:%d.%m.%Y})"

    def clean(self):
        errors = cost_errors(self.cost_amount, self.cost_currency)
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the first.")
        if errors:
            raise ValidationError(errors)

    @property
    def cost_display(self) -> str:
        """The cost with its currency, in the active language's number format ("" if none)."""
        if self.cost_amount is None:
            return ""
        return f"{number_format(self.cost_amount, 2, force_grouping=True)} {self.cost_currency}"

    @property
    def days(self) -> list[dt.date]:
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + dt.timedelta(days=offset) for offset in range(count)]

    @property
    def development_region(self) -> str:
        return self.unit.development_region

    @property
    def is_open_for_nominations(self) -> bool:
        return self.status in (SessionStatus.PLANNED, SessionStatus.NOMINATIONS)


class Participant(TimeStampedModel):
    """One record per person across all sessions (personal data: never public)."""

    full_name = models.CharField(_("full name"), max_length=200)
    # Folded name: the same person typed with or without diacritics is one record.
    name_key = models.CharField(max_length=200, editable=False, db_index=True)
    organisation = models.ForeignKey(
        "network.Organisation",
        on_delete=models.PROTECT,
        related_name="training_participants",
        verbose_name=_("institution"),
    )
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices)
    profession = models.CharField(_("profession"), max_length=30, choices=Audience.choices)
    position = models.CharField(_("position"), max_length=200, blank=True)
    unit = models.ForeignKey(
        "geo.AdministrativeUnit",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("administrative unit"),
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    language = models.CharField(
        _("preferred language"),
        max_length=2,
        choices=settings.LANGUAGES,
        default="ro",
        help_text=_("Used for emails and certificates."),
    )

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["full_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["name_key", "organisation"], name="trainings_unique_participant"
            )
        ]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.full_name)
        super().save(*args, **kwargs)

    def validate_constraints(self, exclude=None):
        self.name_key = name_key(self.full_name)
        super().validate_constraints(exclude=exclude)


class Enrolment(TimeStampedModel):
    """A participant's nomination to a session, the decision, and what they learnt."""

    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="enrolments", verbose_name=_("session")
    )
    participant = models.ForeignKey(
        Participant,
        on_delete=models.CASCADE,
        related_name="enrolments",
        verbose_name=_("participant"),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EnrolmentStatus.choices,
        default=EnrolmentStatus.NOMINATED,
    )
    nominated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("nominated by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    pre_score = models.DecimalField(
        _("pre-test score"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    post_score = models.DecimalField(
        _("post-test score"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    days_attended = models.PositiveSmallIntegerField(_("days attended"), default=0)
    completed = models.BooleanField(_("completed"), default=False)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["session", "participant__full_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "participant"], name="trainings_unique_enrolment"
            )
        ]

    def __str__(self):
        return f"{self.participant} – {self.session}"

    @property
    def knowledge_gain(self):
        if self.pre_score is None or self.post_score is None:
            return None
        return self.post_score - self.pre_score


class Attendance(models.Model):
    """A day the participant was present (absence is the lack of a row)."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attendances")
    day = models.DateField(_("day"))

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "day"], name="trainings_unique_attendance")
        ]

    def __str__(self):
        return f"{self.enrolment_id}@{self.day}"


class Rating(models.IntegerChoices):
    POOR = 1, _("1 – poor")
    FAIR = 2, _("2 – fair")
    GOOD = 3, _("3 – good")
    VERY_GOOD = 4, _("4 – very good")
    EXCELLENT = 5, _("5 – excellent")


class Evaluation(TimeStampedModel):
    """The participant's end-of-course evaluation."""

    enrolment = models.OneToOneField(Enrolment, on_delete=models.CASCADE, related_name="evaluation")
    relevance = models.PositiveSmallIntegerField(_("relevance to my work"), choices=Rating.choices)
    trainers = models.PositiveSmallIntegerField(_("the trainers"), choices=Rating.choices)
    organisation = models.PositiveSmallIntegerField(_("organisation"), choices=Rating.choices)
    comments = models.TextField(_("comments"), blank=True)

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")

    def __str__(self):
        return f"evaluation {self.enrolment_id}"


def certificate_code() -> str:
    # 40 random bits in Crockford-like base32 without look-alike letters: unguessable, easy to type.
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    chars = "".join(secrets.choice(alphabet) for _ in range(10))
    return f"{chars[:5]}-{chars[5:]}"


class Certificate(TimeStampedModel):
    enrolment = models.OneToOneField(
        Enrolment, on_delete=models.PROTECT, related_name="certificate"
    )
    code = models.CharField(_("code"), max_length=20, unique=True, default=certificate_code)
    language = models.CharField(
        _("language"), max_length=2, choices=settings.LANGUAGES, default="ro"
    )
    issued_on = models.DateField(_("issued"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason for revoking"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_on", "code"]

    def __str__(self):
        return self.code

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None


class TrainingIndexPage(ContentPage):
    """The public catalogue: courses and the coming sessions (no personal data)."""

    max_count_per_parent = 1
    parent_page_types = ["portal.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("trainings page")

    def get_context(self, request, *args, **kwargs):
        from .selectors import public_courses, public_sessions

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = public_courses()
        context["sessions"] = public_sessions(upcoming_only=True)[:50]
        return context
