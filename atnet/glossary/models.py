"""Glossary terms as translatable Wagtail pages, listed A–Z in each language.

Every definition is written by the network in its own words and cites the
instrument it is based on (e.g. OSCE Gender Glossary, 2006).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from atnet.core.text import searchable
from atnet.portal.models import ContentPage


class GlossaryIndexPage(ContentPage):
    max_count_per_parent = 1
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["glossary.TermPage"]

    class Meta:
        verbose_name = _("glossary")

    def get_context(self, request, *args, **kwargs):
        from .selectors import glossary_by_letter  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context["letters"] = glossary_by_letter(index=self)
        return context


class TermPage(ContentPage):
    definition = models.TextField(_("definition"))
    source_instrument = models.CharField(
        _("source"),
        max_length=255,
        help_text=_("The instrument the definition is based on, e.g. “OSCE Gender Glossary”."),
    )
    source_year = models.PositiveSmallIntegerField(_("year of the source"), null=True, blank=True)
    source_url = models.URLField(_("link to the source"), blank=True)
    variants = models.TextField(
        _("forms to link"),
        blank=True,
        help_text=_(
            "Words or phrases linked to this term in articles, one per line (e.g. inflected "
            "forms). When empty, the term itself is linked."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("definition"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("source_instrument"), FieldPanel("source_year")]),
                FieldPanel("source_url"),
            ],
            heading=_("Source"),
        ),
        FieldPanel("variants"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*ContentPage.search_fields, index.SearchField("definition")]
    parent_page_types = ["glossary.GlossaryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def search_folded(self) -> str:
        return searchable(super().search_folded(), self.definition, self.variants)

    @property
    def summary(self) -> str:
        return self.search_description or self.definition

    @property
    def source(self) -> str:
        return ", ".join(str(part) for part in (self.source_instrument, self.source_year) if part)

    def link_forms(self) -> list[str]:
        forms = [line.strip() for line in self.variants.splitlines() if line.strip()]
        return forms or [self.title]
