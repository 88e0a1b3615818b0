"""A series: its meetings, attendance over time by organisation type and gender, reach."""

from django.shortcuts import get_object_or_404, render

from atnet.network.models import Gender, OrganisationType

from .. import selectors
from ..models import Series
from ..permissions import is_coordinator, member_required


@member_required
def series_detail(request, slug: str):
    series = get_object_or_404(Series, slug=slug)
    meetings = selectors.meetings_listing(series.meetings.order_by("-starts_at", "-pk"))
    return render(
        request,
        "meetings/series_detail.html",
        {
            "series": series,
            "meetings": meetings,
            "attendance": selectors.series_attendance(series),
            "reach": selectors.series_reach(series),
            "genders": [*Gender.labels, "?"],
            "types": [*OrganisationType.labels, "?"],
            "is_coordinator": is_coordinator(request.user),
        },
    )
