"""Page models of the public website.

Order inside each model (bakerydemo style): fields, panels, search fields,
parent/subpage types, then helpers. Listing logic lives in selectors.py.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from atnet.core.text import searchable

from .blocks import BodyBlock
from .visibility import restricted_paths


class ContentPage(Page):
    """Fields and search behaviour shared by every public content page."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        # Case- and diacritic-folded copy of the text: see atnet.core.text.
        index.SearchField("search_folded"),
    ]

    class Meta:
        abstract = True

    def search_folded(self) -> str:
        body_text = " ".join(
            str(part) for part in self.body.stream_block.get_searchable_content(self.body)
        )
        return searchable(self.title, self.intro, body_text)

    @property
    def summary(self) -> str:
        return self.search_description or self.intro

    def get_view_restrictions(self):
        """Wagtail's view check reads the restrictions of the page and its ancestors
        (two queries) on every view; while the site has none at all (the cached
        list of restricted paths is empty, dropped whenever one is saved or
        deleted), there is nothing to read."""
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class HomePage(ContentPage):
    max_count_per_parent = 1
    # Any page may sit under the home page: each app brings its own index page.
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from . import selectors  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.home_blocks(home=self))
        return context


class StandardPage(ContentPage):
    area_of_work = models.BooleanField(
        _("area of work"),
        default=False,
        help_text=_("Shown on the home page among the programme's areas of work."),
    )

    content_panels = [*ContentPage.content_panels]
    promote_panels = [*Page.promote_panels, FieldPanel("area_of_work")]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(ContentPage):
    max_count_per_parent = 1
    subpage_types = ["portal.NewsPage"]
    parent_page_types = ["portal.HomePage"]

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from . import selectors  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.news_listing(index=self, request=request))
        return context


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "portal.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPage(ContentPage):
    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead image"),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("lead_image"), FieldPanel("tags")], heading=_("Details")
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*ContentPage.search_fields, index.FilterField("date")]
    parent_page_types = ["portal.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def get_context(self, request, *args, **kwargs):
        from . import selectors  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        # One query for the tags, shown on the page and used to find related news;
        # both lazy, so the page's cached content reads neither.
        tags = SimpleLazyObject(lambda: list(self.tags.all()))
        context["tags"] = tags
        context["related"] = SimpleLazyObject(
            lambda: selectors.news_related(article=self, tags=list(tags))
        )
        return context


class EventIndexPage(ContentPage):
    max_count_per_parent = 1
    subpage_types = ["portal.EventPage"]
    parent_page_types = ["portal.HomePage"]

    class Meta:
        verbose_name = _("event index")

    def get_context(self, request, *args, **kwargs):
        from . import selectors  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.event_listing(index=self, request=request))
        return context


class EventPage(ContentPage):
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"))
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    unit = models.ForeignKey(
        "geo.AdministrativeUnit",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("administrative unit"),
    )
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead image"),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("start"),
                FieldPanel("end"),
                FieldPanel("venue"),
                FieldPanel("unit"),
                FieldPanel("organiser"),
                FieldPanel("lead_image"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("venue"),
        index.SearchField("organiser"),
        index.FilterField("start"),
    ]
    parent_page_types = ["portal.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # "Upcoming" is `end >= now ORDER BY start`: with `end` in the index the
        # past events are skipped inside the index instead of read one by one.
        indexes = [models.Index(fields=["start", "end"], name="portal_event_start_end")]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})

    def search_folded(self) -> str:
        return searchable(super().search_folded(), self.venue, self.organiser)

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()


class TranslationFallback(models.Model):
    """What a published translation still shows in its source language.

    Recorded when the translation is published (with the editor's confirmation,
    see `atnet.portal.translation_workflow`), so that the page marks exactly
    the text it was published with, whatever the translators do afterwards.
    `paths` are wagtail-localize's segment paths: a field name ("title",
    "intro") or a body block ("body.<block id>").
    """

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, related_name="translation_fallback", primary_key=True
    )
    source_language = models.CharField(max_length=8)
    paths = models.JSONField(default=list)

    class Meta:
        verbose_name = _("untranslated text of a translation")

    def __str__(self) -> str:
        return f"{self.page_id}: {', '.join(self.paths)}"
