"""A series: its meetings, attendance over time by organisation type and gender, reach."""

from django.shortcuts import get_object_or_404, render

from atnet.geo.models import AdministrativeUnit
from atnet.network.models import Gender, OrganisationType

from .. import selectors
from ..models import Series
from ..permissions import is_coordinator, member_required


@member_required
def series_detail(request, slug: str):
    series = get_object_or_404(Series, slug=slug)
    units = list(AdministrativeUnit.objects.all())
    # ?unit=CODE (the map's links) narrows the meetings to those hosted there; an unknown
    # code is ignored and every meeting is listed.
    unit = next((u for u in units if u.code == request.GET.get("unit")), None)
    meetings = series.meetings.order_by("-starts_at", "-pk")
    if unit:
        meetings = meetings.filter(host_unit=unit)
    meetings = selectors.meetings_listing(meetings)
    reach = selectors.series_reach(series)
    return render(
        request,
        "meetings/series_detail.html",
        {
            "series": series,
            "meetings": meetings,
            "attendance": selectors.series_attendance(series),
            "reach": reach,
            "reach_map": selectors.reach_map(reach, units),
            "unit": unit,
            "genders": [*Gender.labels, "?"],
            "types": [*OrganisationType.labels, "?"],
            "is_coordinator": is_coordinator(request.user),
        },
    )
