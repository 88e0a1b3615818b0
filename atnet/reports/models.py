"""The public "in figures" page: one per language, under the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from atnet.portal.models import ContentPage


class FiguresPage(RoutablePageMixin, ContentPage):
    """Aggregates computed from the records; counts of people under 5 are never shown."""

    max_count_per_parent = 1
    parent_page_types = ["portal.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("figures page")

    @path("")
    def figures(self, request):
        from .public_views import figures_page

        return figures_page(request, self)

    @path("tables/<str:fmt>/")  # Wagtail serves no dots in page paths
    def tables(self, request, fmt):
        from .public_views import figures_export

        return figures_export(request, self, fmt)
