from django.http import Http404, HttpResponse
from django.shortcuts import render
from wagtail.models import Locale

from atnet.core.pagination import paginate
from atnet.geo.models import AdministrativeUnit, DevelopmentRegion

from .iati import export_activities
from .selectors import filter_projects, index_page, projects_in


def region(request, code: str):
    """The projects in a development region (e.g. `north`) or a unit (e.g. `MD-CA`)."""
    if code in DevelopmentRegion.values:
        name, filters = DevelopmentRegion(code).label, {"region": code}
    else:
        unit = AdministrativeUnit.objects.filter(code=code.upper()).first()
        if unit is None:
            raise Http404
        name, filters = unit.name, {"unit": unit.code}
    locale = Locale.get_active()
    projects = filter_projects(projects_in(locale), filters)
    context = {
        "region_name": name,
        "items": paginate(request, projects),
        "index": index_page(locale),
    }
    return render(request, "projects/region.html", context)


def iati_export(request):
    xml = export_activities(base_url=request.build_absolute_uri("/").rstrip("/"))
    response = HttpResponse(xml, content_type="application/xml; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="atnet-iati-activities.xml"'
    return response
