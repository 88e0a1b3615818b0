"""National action plans, their measures and indicators, and the periodic reports on them.

A plan's measures name the organisations of the directory responsible for them;
each period the focal point of every responsible organisation reports on each
measure (status, indicator values, a narrative, evidence). The compiled
monitoring report and the public progress page are built from those reports,
never from typed totals.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from atnet.core.languages import in_language
from atnet.core.models import TimeStampedModel
from atnet.meetings.storage import private_storage


def plain_number(value) -> str:
    """A decimal without trailing zeros or an exponent: 100.00 -> "100", 2.50 -> "2.5"."""
    if value is None:
        return ""
    return format(value.normalize(), "f")


class MeasureStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("not started")
    IN_PROGRESS = "in_progress", _("in progress")
    DONE = "done", _("done")
    OVERDUE = "overdue", _("overdue")
    CANCELLED = "cancelled", _("cancelled")


# Statuses after which a measure's deadline no longer matters.
CLOSED_STATUSES = (MeasureStatus.DONE, MeasureStatus.CANCELLED)


class NarrativeLanguage(models.TextChoices):
    RO = "ro", _("Romanian")
    EN = "en", _("English")
    RU = "ru", _("Russian")


class Plan(TimeStampedModel):
    title_ro = models.CharField(_("title (Romanian)"), max_length=255)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=255, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    starts = models.DateField(_("period start"))
    ends = models.DateField(_("period end"))
    approving_act = models.ForeignKey(
        "legislation.ActPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("approved by"),
        help_text=_("The act that approved the plan, as published in the legislation section."),
    )
    is_public = models.BooleanField(_("public"), default=True)

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        ordering = ["-starts", "pk"]

    def __str__(self):
        return self.title

    @property
    def title(self) -> str:
        return in_language(self, "title")


class Objective(models.Model):
    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="objectives", verbose_name=_("plan")
    )
    number = models.CharField(_("number"), max_length=20)
    title_ro = models.CharField(_("title (Romanian)"), max_length=500)
    title_en = models.CharField(_("title (English)"), max_length=500, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=500, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        ordering = ["plan", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="actionplans_objective_number")
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"

    @property
    def title(self) -> str:
        return in_language(self, "title")


class Measure(models.Model):
    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="measures", verbose_name=_("plan")
    )
    objective = models.ForeignKey(
        Objective, on_delete=models.CASCADE, related_name="measures", verbose_name=_("objective")
    )
    number = models.CharField(_("number"), max_length=20)
    text_ro = models.TextField(_("text (Romanian)"))
    text_en = models.TextField(_("text (English)"), blank=True)
    text_ru = models.TextField(_("text (Russian)"), blank=True)
    responsible = models.ManyToManyField(
        "network.Organisation",
        related_name="actionplan_measures",
        verbose_name=_("responsible organisations"),
    )
    partners = models.ManyToManyField(
        "network.Organisation",
        blank=True,
        related_name="actionplan_partner_measures",
        verbose_name=_("partner organisations"),
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["plan", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="actionplans_measure_number")
        ]

    def __str__(self):
        return f"{self.number} {self.text[:80]}"

    @property
    def text(self) -> str:
        return in_language(self, "text")


class Indicator(models.Model):
    measure = models.ForeignKey(
        Measure, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("measure")
    )
    name_ro = models.CharField(_("name (Romanian)"), max_length=500)
    name_en = models.CharField(_("name (English)"), max_length=500, blank=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=500, blank=True)
    target = models.DecimalField(
        _("target"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["measure", "order", "pk"]

    def __str__(self):
        return self.name

    @property
    def target_display(self) -> str:
        return plain_number(self.target)

    @property
    def name(self) -> str:
        return in_language(self, "name")


class ReportingPeriod(models.Model):
    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="periods", verbose_name=_("plan")
    )
    label_ro = models.CharField(_("label (Romanian)"), max_length=100)
    label_en = models.CharField(_("label (English)"), max_length=100, blank=True)
    label_ru = models.CharField(_("label (Russian)"), max_length=100, blank=True)
    starts = models.DateField(_("start"))
    ends = models.DateField(_("end"))
    due = models.DateField(_("reports due"))
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        ordering = ["plan", "starts", "pk"]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        return in_language(self, "label")


class ReportState(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")


class Report(TimeStampedModel):
    """One organisation's report on one measure for one period."""

    period = models.ForeignKey(
        ReportingPeriod, on_delete=models.CASCADE, related_name="reports", verbose_name=_("period")
    )
    measure = models.ForeignKey(
        Measure, on_delete=models.CASCADE, related_name="reports", verbose_name=_("measure")
    )
    organisation = models.ForeignKey(
        "network.Organisation",
        on_delete=models.CASCADE,
        related_name="actionplan_reports",
        verbose_name=_("organisation"),
    )
    state = models.CharField(
        _("state"), max_length=20, choices=ReportState.choices, default=ReportState.DRAFT
    )
    status = models.CharField(_("status"), max_length=20, choices=MeasureStatus.choices, blank=True)
    narrative = models.TextField(_("narrative"), blank=True)
    narrative_language = models.CharField(
        _("language of the narrative"),
        max_length=2,
        choices=NarrativeLanguage.choices,
        default=NarrativeLanguage.RO,
    )
    narrative_public = models.BooleanField(
        _("narrative published"),
        default=False,
        help_text=_("Only the coordinator publishes a narrative on the public plan page."),
    )
    activities = models.ManyToManyField(
        "network.Activity", blank=True, related_name="+", verbose_name=_("activities")
    )
    sessions = models.ManyToManyField(
        "trainings.Session", blank=True, related_name="+", verbose_name=_("trainings")
    )
    meetings = models.ManyToManyField(
        "meetings.Meeting", blank=True, related_name="+", verbose_name=_("meetings")
    )
    materials = models.ManyToManyField(
        "support.Material", blank=True, related_name="+", verbose_name=_("materials")
    )
    projects = models.ManyToManyField(
        "projects.ProjectPage", blank=True, related_name="+", verbose_name=_("projects")
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("submitted by"),
    )

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["period", "measure", "organisation"]
        constraints = [
            models.UniqueConstraint(
                fields=["period", "measure", "organisation"], name="actionplans_one_report"
            )
        ]

    def __str__(self):
        return f"{self.measure.number} – {self.organisation} ({self.period})"

    @property
    def is_submitted(self) -> bool:
        return self.state == ReportState.SUBMITTED

    @property
    def is_late(self) -> bool:
        due = self.period.due
        if self.submitted_at is None:
            return due < timezone.localdate()
        return timezone.localdate(self.submitted_at) > due


class IndicatorValue(models.Model):
    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="values", verbose_name=_("report")
    )
    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="values", verbose_name=_("indicator")
    )
    value = models.DecimalField(_("value reached"), max_digits=12, decimal_places=2)

    class Meta:
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        constraints = [
            models.UniqueConstraint(fields=["report", "indicator"], name="actionplans_one_value")
        ]

    def __str__(self):
        return f"{self.indicator}: {self.display}"

    @property
    def display(self) -> str:
        return plain_number(self.value)


class EvidenceFile(models.Model):
    """A file attached to a report: private, served only by a view that checks access."""

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="files", verbose_name=_("report")
    )
    title = models.CharField(_("title"), max_length=255)
    file = models.FileField(_("file"), storage=private_storage, upload_to="actionplans/%Y/%m/")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("evidence file")
        verbose_name_plural = _("evidence files")
        ordering = ["report", "created_at", "pk"]

    def __str__(self):
        return self.title


class SessionSummary(models.Model):
    """The one-page summary of a period, attached to a National Committee session."""

    period = models.ForeignKey(
        ReportingPeriod,
        on_delete=models.CASCADE,
        related_name="summaries",
        verbose_name=_("period"),
    )
    session = models.ForeignKey(
        "meetings.CommitteeSession",
        on_delete=models.CASCADE,
        related_name="actionplan_summaries",
        verbose_name=_("National Committee session"),
    )
    file = models.FileField(_("file"), storage=private_storage, upload_to="actionplans/summaries/")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("session summary")
        verbose_name_plural = _("session summaries")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.period} → {self.session}"
