"""Where to get help: hotlines, shelters and other services, as translatable pages.

A service is a page (one per language) so that its description, hours and
eligibility can be translated and the site search finds it; phones and the
units it serves are shared facts copied with each translation.
"""

import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from atnet.core.text import searchable
from atnet.portal.models import ContentPage

# Numbers that only stand in for a real one: Moldova's non-existent area code 00
# ("+373 00 000 001"), or letters and marks in place of digits ("0 22 xx xx xx").
PLACEHOLDER_PHONE = re.compile(r"\+?373\s*\(?0{2}\)?\s*0{3}|x{2,}|\?{2,}|_{2,}", re.IGNORECASE)
# Where "quick exit" goes: a page that draws no attention in a browser's history.
QUICK_EXIT_URL = "https://www.google.com/search?q=weather"
# An entry not checked for this long may be out of date: editors are told to check it again.
VERIFY_EVERY = datetime.timedelta(days=183)


def quick_exit_url() -> str:
    return getattr(settings, "ATNET_QUICK_EXIT_URL", QUICK_EXIT_URL)


class ServiceKind(models.TextChoices):
    HOTLINE = "hotline", _("Hotline")
    SHELTER = "shelter", _("Shelter")
    LEGAL = "legal", _("Legal aid")
    MEDICAL = "medical", _("Medical care")
    PSYCHOLOGICAL = "psychological", _("Psychological counselling")
    SOCIAL = "social", _("Social assistance")
    REINTEGRATION = "reintegration", _("Reintegration support")
    EMERGENCY = "emergency", _("Emergency service")


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    TEMPORARILY_CLOSED = "temporarily_closed", _("Temporarily closed")
    CLOSED = "closed", _("Closed")


class HelpIndexPage(ContentPage):
    max_count_per_parent = 1
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["helpdirectory.HelpServicePage"]

    class Meta:
        verbose_name = _("help directory")

    def get_context(self, request, *args, **kwargs):
        from .selectors import service_listing  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(service_listing(index=self, request=request))
        context["quick_exit_url"] = quick_exit_url()
        return context


class HelpServicePage(ContentPage):
    kind = models.CharField(_("kind"), max_length=20, choices=ServiceKind.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE
    )
    description = models.TextField(_("description"))
    hours = models.CharField(_("hours"), max_length=255, blank=True)
    languages = models.CharField(
        _("languages spoken"), max_length=255, blank=True, help_text=_("e.g. Romanian, Russian")
    )
    nationwide = models.BooleanField(_("serves the whole country"), default=False)
    units = ParentalManyToManyField(
        "geo.AdministrativeUnit", blank=True, related_name="+", verbose_name=_("units served")
    )
    free = models.BooleanField(_("free of charge"), default=False)
    anonymous = models.BooleanField(_("anonymous"), default=False)
    eligibility = models.TextField(_("who can ask for help"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    website = models.URLField(_("website"), blank=True)
    source_url = models.URLField(
        _("source"),
        max_length=500,
        blank=True,
        help_text=_("The published page that confirms the numbers and facts of this entry."),
    )
    last_verified = models.DateField(_("last verified"), null=True, blank=True)
    verified_by = models.CharField(
        _("verified by"),
        max_length=255,
        blank=True,
        help_text=_("An organisation or a role, not a private person's name."),
    )
    is_example = models.BooleanField(
        _("example entry"),
        default=False,
        help_text=_(
            "Shown with an “example entry, not verified” label until the facts are checked."
        ),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]), FieldPanel("is_example")],
            heading=_("Service"),
        ),
        FieldPanel("description"),
        InlinePanel("phones", label=_("Phones")),
        MultiFieldPanel(
            [
                FieldPanel("hours"),
                FieldPanel("languages"),
                FieldRowPanel([FieldPanel("free"), FieldPanel("anonymous")]),
                FieldPanel("eligibility"),
                FieldPanel("address"),
                FieldPanel("website"),
            ],
            heading=_("Access"),
        ),
        MultiFieldPanel([FieldPanel("nationwide"), FieldPanel("units")], heading=_("Where")),
        MultiFieldPanel(
            [
                FieldPanel("source_url"),
                FieldRowPanel([FieldPanel("last_verified"), FieldPanel("verified_by")]),
            ],
            heading=_("Verification"),
        ),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]
    parent_page_types = ["helpdirectory.HelpIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("help service")
        verbose_name_plural = _("help services")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["quick_exit_url"] = quick_exit_url()
        return context

    def search_folded(self) -> str:
        return searchable(super().search_folded(), self.description, self.eligibility, self.hours)

    @property
    def summary(self) -> str:
        return self.search_description or self.description


class HelpPhone(Orderable):
    service = ParentalKey(HelpServicePage, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(_("number"), max_length=40)
    label = models.CharField(_("label"), max_length=100, blank=True, help_text=_("e.g. mobile"))

    panels = [FieldPanel("number"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("phone")
        verbose_name_plural = _("phones")

    def clean(self):
        super().clean()
        if PLACEHOLDER_PHONE.search(self.number) or not re.search(r"\d{3}", self.number):
            raise ValidationError(
                {"number": _("Give the real number; a placeholder helps no one who calls.")}
            )

    @property
    def tel(self) -> str:
        """The number for a tel: link (RFC 3966): a leading + and digits only."""
        number = self.number.strip()
        digits = re.sub(r"\D", "", number)
        return f"+{digits}" if number.startswith("+") else digits
