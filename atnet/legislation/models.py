"""Normative acts and drafts the programme contributed to, as translatable Wagtail pages.

An act is a page (one per language, linked by Wagtail's translation key), so the
menu, language switcher, hreflang alternates, sitemap and site search work as for
any other page. Dates that are not known stay empty: the brochure often gives a
year only, which is kept in `year`.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from atnet.core.text import searchable
from atnet.portal.models import ContentPage


class ActType(models.TextChoices):
    LAW = "law", _("Law")
    GOVERNMENT_DECISION = "government_decision", _("Government decision")
    ACTION_PLAN = "action_plan", _("National action plan")
    CODE_AMENDMENT = "code_amendment", _("Code amendment")
    DRAFT_LAW = "draft_law", _("Draft law")


class ActStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ADOPTED = "adopted", _("Adopted")
    AMENDED = "amended", _("Amended")
    REPEALED = "repealed", _("Repealed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Topic(models.TextChoices):
    TRAFFICKING = "trafficking", _("Trafficking in human beings")
    GENDER_EQUALITY = "gender_equality", _("Gender equality")
    DOMESTIC_VIOLENCE = "domestic_violence", _("Domestic violence")
    VICTIM_PROTECTION = "victim_protection", _("Protection of victims and witnesses")
    DISCRIMINATION = "discrimination", _("Non-discrimination")
    MIGRATION = "migration", _("Migration")


class Relation(models.TextChoices):
    AMENDS = "amends", _("amends")
    REPLACES = "replaces", _("replaces")
    IMPLEMENTS = "implements", _("implements")
    RELATED = "related", _("is related to")


class DocumentLanguage(models.TextChoices):
    RO = "ro", _("Romanian")
    EN = "en", _("English")
    RU = "ru", _("Russian")


# The dated steps of an act's life, in the order they happen; the page's timeline.
TIMELINE_FIELDS = (
    ("date_drafted", _("Drafted")),
    ("date_adopted", _("Adopted")),
    ("date_published", _("Published")),
    ("date_in_force", _("In force")),
    ("date_amended", _("Last amended")),
    ("date_repealed", _("Repealed")),
)


class LegislationIndexPage(ContentPage):
    max_count_per_parent = 1
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["legislation.ActPage"]

    class Meta:
        verbose_name = _("legislation index")

    def get_context(self, request, *args, **kwargs):
        from .selectors import act_listing  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(act_listing(index=self, request=request))
        return context


class ActPage(ContentPage):
    act_type = models.CharField(_("type"), max_length=30, choices=ActType.choices)
    status = models.CharField(_("status"), max_length=20, choices=ActStatus.choices)
    topic = models.CharField(_("topic"), max_length=30, choices=Topic.choices)
    number = models.CharField(_("number"), max_length=50, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Year of adoption (of drafting, for a draft); taken from the date when known."),
    )
    date_drafted = models.DateField(_("drafted"), null=True, blank=True)
    date_adopted = models.DateField(_("adopted"), null=True, blank=True)
    date_published = models.DateField(_("published"), null=True, blank=True)
    date_in_force = models.DateField(_("in force"), null=True, blank=True)
    date_amended = models.DateField(_("last amended"), null=True, blank=True)
    date_repealed = models.DateField(_("repealed"), null=True, blank=True)
    publication = models.CharField(
        _("official publication"),
        max_length=255,
        blank=True,
        help_text=_("Monitorul Oficial issue and article, e.g. “MO nr. 1-4, art. 5”."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("act_type"), FieldPanel("status"), FieldPanel("topic")]),
                FieldRowPanel([FieldPanel("number"), FieldPanel("year")]),
                FieldPanel("publication"),
            ],
            heading=_("The act"),
        ),
        MultiFieldPanel([FieldPanel(name) for name, _label in TIMELINE_FIELDS], heading=_("Dates")),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("contributions", label=_("Contributions of partners")),
        InlinePanel("relations", label=_("Related acts")),
        InlinePanel("documents", label=_("Documents")),
        InlinePanel("sources", label=_("Sources")),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("number"),
        index.FilterField("act_type"),
        index.FilterField("status"),
        index.FilterField("year"),
    ]
    parent_page_types = ["legislation.LegislationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("normative act")
        verbose_name_plural = _("normative acts")

    def get_context(self, request, *args, **kwargs):
        from .selectors import act_detail  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(act_detail(self))
        return context

    def clean(self):
        super().clean()
        if self.date_adopted:
            self.year = self.date_adopted.year
        if self.status != ActStatus.DRAFT and self.act_type == ActType.DRAFT_LAW:
            raise ValidationError({"status": _("A draft law cannot have a status after drafting.")})

    def search_folded(self) -> str:
        partners = " ".join(
            f"{item.partner} {item.contribution}" for item in self.contributions.all()
        )
        return searchable(super().search_folded(), self.number, self.publication, partners)

    def timeline(self) -> list[dict]:
        """The known dated steps, oldest first (unknown dates are simply absent)."""
        steps = [
            {"label": label, "date": getattr(self, name), "name": name}
            for name, label in TIMELINE_FIELDS
            if getattr(self, name)
        ]
        return sorted(steps, key=lambda step: step["date"])


class ActContribution(Orderable):
    """Who helped to shape the act and how (e.g. OSCE/ODIHR expert review)."""

    act = ParentalKey(ActPage, on_delete=models.CASCADE, related_name="contributions")
    partner = models.CharField(_("partner"), max_length=255)
    contribution = models.CharField(_("contribution"), max_length=500)

    panels = [FieldPanel("partner"), FieldPanel("contribution")]

    class Meta(Orderable.Meta):
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")


class ActRelation(Orderable):
    act = ParentalKey(ActPage, on_delete=models.CASCADE, related_name="relations")
    relation = models.CharField(_("relation"), max_length=20, choices=Relation.choices)
    target = models.ForeignKey(
        ActPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("act")
    )

    panels = [FieldPanel("relation"), FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("related act")
        verbose_name_plural = _("related acts")


class ActDocument(Orderable):
    """The text of the act in one language; translations may be unofficial."""

    act = ParentalKey(ActPage, on_delete=models.CASCADE, related_name="documents")
    language = models.CharField(_("language"), max_length=2, choices=DocumentLanguage.choices)
    title = models.CharField(_("title"), max_length=255)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("file"),
    )
    link = models.URLField(_("link"), blank=True)
    unofficial = models.BooleanField(_("unofficial translation"), default=False)

    panels = [
        FieldPanel("language"),
        FieldPanel("title"),
        FieldPanel("document"),
        FieldPanel("link"),
        FieldPanel("unofficial"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self):
        super().clean()
        if not self.document_id and not self.link:
            raise ValidationError(_("Give a file or a link."))

    @property
    def url(self) -> str:
        return self.document.url if self.document_id else self.link


class ActSource(Orderable):
    """Where the act's facts were checked: a published source and the day it was read.

    Editors record which facts the source confirms, so a visitor (and the next
    editor) can check a number or a date without guessing where it came from.
    """

    act = ParentalKey(ActPage, on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(
        _("source address"),
        max_length=500,
        blank=True,
        help_text=_("Empty only for a printed source, which the description then names."),
    )
    read_on = models.DateField(_("date read"))
    covers = models.CharField(
        _("facts it confirms"),
        max_length=255,
        blank=True,
        help_text=_("e.g. number, dates of adoption and publication, status"),
    )

    panels = [FieldPanel("url"), FieldPanel("read_on"), FieldPanel("covers")]

    class Meta(Orderable.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def clean(self):
        super().clean()
        if not self.url and not self.covers:
            raise ValidationError(_("Give the source's address or name the printed source."))
