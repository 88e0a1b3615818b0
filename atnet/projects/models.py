"""Projects the programme supports, as translatable Wagtail pages.

Title, summary and description are translated per page; partners, domains,
units, dates, budget and indicators are shared facts copied with each
translation. Partners are organisations of the network (`network.Organisation`)
and domains are the brochure's seven (`network.Domain`).

Transactions (commitments, disbursements...) are money that moved: wagtail-localize
copies them to each translation, but the public page and the IATI export read them
from the Romanian page only, so a translation never shows other figures.
"""

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from atnet.core.text import searchable
from atnet.network.fields import ChoiceListField
from atnet.network.models import Domain, Level
from atnet.portal.models import ContentPage


class ProjectStatus(models.TextChoices):
    PIPELINE = "pipeline", _("Pipeline")
    IMPLEMENTATION = "implementation", _("Implementation")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")
    SUSPENDED = "suspended", _("Suspended")


class PartnerRole(models.TextChoices):
    FUNDER = "funder", _("Funder")
    IMPLEMENTER = "implementer", _("Implementer")
    BENEFICIARY = "beneficiary", _("Beneficiary")


class Currency(models.TextChoices):
    EUR = "EUR", "EUR"
    USD = "USD", "USD"
    MDL = "MDL", "MDL"


class TransactionType(models.TextChoices):
    """IATI TransactionType codes the projects record."""

    INCOMING_FUNDS = "1", _("Incoming funds")
    OUTGOING_COMMITMENT = "2", _("Commitment")
    DISBURSEMENT = "3", _("Disbursement")
    EXPENDITURE = "4", _("Expenditure")
    INCOMING_COMMITMENT = "11", _("Incoming commitment")


# No programme of the network is older; an earlier date is a typing error.
EARLIEST_TRANSACTION = dt.date(2000, 1, 1)


class ProjectIndexPage(ContentPage):
    max_count_per_parent = 1
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["projects.ProjectPage"]

    class Meta:
        verbose_name = _("projects index")

    def get_context(self, request, *args, **kwargs):
        from .selectors import project_listing  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(project_listing(index=self, request=request))
        return context


class ProjectPage(ContentPage):
    status = models.CharField(_("status"), max_length=20, choices=ProjectStatus.choices)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    domains = ChoiceListField(_("domains"), item_choices=Domain.choices)
    units = ParentalManyToManyField(
        "geo.AdministrativeUnit", blank=True, related_name="+", verbose_name=_("units")
    )
    planned_start = models.DateField(_("planned start"))
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    actual_start = models.DateField(_("actual start"), null=True, blank=True)
    actual_end = models.DateField(_("actual end"), null=True, blank=True)
    budget = models.DecimalField(
        _("budget"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR
    )
    iati_identifier = models.CharField(
        _("IATI identifier"),
        max_length=150,
        blank=True,
        help_text=_("Leave empty to use the reporting organisation's prefix and the page's key."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("level")]),
                FieldPanel("domains"),
                FieldPanel("units"),
            ],
            heading=_("Scope"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("planned_start"), FieldPanel("planned_end")]),
                FieldRowPanel([FieldPanel("actual_start"), FieldPanel("actual_end")]),
                FieldRowPanel([FieldPanel("budget"), FieldPanel("currency")]),
                FieldPanel("iati_identifier"),
            ],
            heading=_("Dates and budget"),
        ),
        InlinePanel("partners", label=_("Partners")),
        InlinePanel(
            "transactions",
            label=_("Transactions"),
            help_text=_(
                "Commitments and payments already made; the figures are those of the Romanian page."
            ),
        ),
        InlinePanel("indicators", label=_("Results and indicators")),
        InlinePanel("documents", label=_("Documents")),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.FilterField("status"),
        index.FilterField("level"),
    ]
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def get_context(self, request, *args, **kwargs):
        from .selectors import project_detail  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(project_detail(self))
        return context

    def clean(self):
        super().clean()
        errors = {}
        if self.planned_end and self.planned_start and self.planned_end < self.planned_start:
            errors["planned_end"] = _("A project cannot end before it starts.")
        if self.actual_end and self.actual_start and self.actual_end < self.actual_start:
            errors["actual_end"] = _("A project cannot end before it starts.")
        if errors:
            raise ValidationError(errors)

    def search_folded(self) -> str:
        names = " ".join(
            f"{p.organisation.name_ro} {p.organisation.name_en} {p.organisation.name_ru}"
            for p in self.partners.select_related("organisation")
        )
        return searchable(super().search_folded(), names, " ".join(self.get_domains_display()))

    def get_domains_display(self) -> list[str]:
        return [str(Domain(value).label) for value in self.domains if value in Domain.values]


class ProjectPartner(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "network.Organisation",
        on_delete=models.PROTECT,
        related_name="project_roles",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("role"), max_length=20, choices=PartnerRole.choices)

    panels = [FieldPanel("organisation"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")


class ProjectTransaction(Orderable):
    """A commitment or payment already made, between organisations of the network."""

    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="transactions")
    type = models.CharField(_("type"), max_length=2, choices=TransactionType.choices)
    date = models.DateField(_("date"))
    amount = models.DecimalField(
        _("amount"),
        max_digits=14,
        decimal_places=2,
        validators=[MinValueValidator(Decimal(0), message=_("An amount cannot be negative."))],
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR
    )
    description = models.CharField(_("description"), max_length=255, blank=True)
    provider = models.ForeignKey(
        "network.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("provider"),
        help_text=_("The organisation the money comes from."),
    )
    receiver = models.ForeignKey(
        "network.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("receiver"),
        help_text=_("The organisation the money goes to."),
    )

    panels = [
        FieldRowPanel([FieldPanel("type"), FieldPanel("date")]),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("provider"), FieldPanel("receiver")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("transaction")
        verbose_name_plural = _("transactions")

    def clean(self):
        super().clean()
        # IATI rule 11.2.1: a transaction is a fact, never a plan.
        if self.date and self.date > timezone.localdate():
            raise ValidationError({"date": _("A transaction cannot be dated in the future.")})
        if self.date and self.date < EARLIEST_TRANSACTION:
            raise ValidationError({"date": _("Give a date from 1 January 2000 on.")})
        if self.provider_id and self.provider_id == self.receiver_id:
            raise ValidationError(
                {"receiver": _("The provider and the receiver must be different organisations.")}
            )


class ProjectIndicator(Orderable):
    """One indicator of one expected result; indicators of the same result share its name."""

    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="indicators")
    result = models.CharField(_("result"), max_length=255)
    indicator = models.CharField(_("indicator"), max_length=255)
    baseline = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    actual = models.DecimalField(
        _("actual"), max_digits=14, decimal_places=2, null=True, blank=True
    )

    panels = [
        FieldPanel("result"),
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("baseline"), FieldPanel("baseline_year")]),
        FieldRowPanel([FieldPanel("target"), FieldPanel("actual")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")


class ProjectDocument(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="documents")
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
    language = models.CharField(_("language"), max_length=2, default="ro")

    panels = [
        FieldPanel("title"),
        FieldPanel("document"),
        FieldPanel("link"),
        FieldPanel("language"),
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
