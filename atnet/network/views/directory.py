"""The public directory (routes of NetworkDirectoryPage): public records only, no personal data."""

from django.http import Http404
from django.template.response import TemplateResponse

from atnet.core.pagination import paginate

from .. import selectors
from ..forms import ActivityFilterForm, OrganisationFilterForm
from ..models import Activity, Organisation


def _render(request, page, template: str, context: dict):
    return TemplateResponse(request, template, {"page": page, "self": page, **context})


def organisations(request, page):
    form = OrganisationFilterForm(request.GET or None)
    filters = form.filters()
    found = selectors.organisations_filter(Organisation.objects.public(), **filters)
    items = paginate(request, selectors.organisations_listing(found))
    # The map counts every unit, so it ignores the unit and region chosen (its links set them).
    anywhere = {**filters, "unit": None, "region": None}
    mapped = selectors.organisations_filter(Organisation.objects.public(), **anywhere)
    context = {
        "filter_form": form,
        "items": items,
        "organisations_map": selectors.organisations_map(mapped, filters),
    }
    return _render(request, page, "network/directory_page.html", context)


def organisation(request, page, slug: str):
    organisation = Organisation.objects.public().prefetch_related("regions").filter(slug=slug)
    organisation = organisation.first()
    if organisation is None:
        raise Http404
    activities = selectors.activities_listing(
        organisation.activities.public(), public_partners=True
    )
    return _render(
        request,
        page,
        "network/directory_organisation.html",
        {"organisation": organisation, "items": activities},
    )


def activities(request, page):
    form = ActivityFilterForm(request.GET or None, with_organisation=False)
    found = selectors.activities_filter(Activity.objects.public(), **form.filters())
    return _render(
        request,
        page,
        "network/directory_activities.html",
        {
            "filter_form": form,
            "items": paginate(request, selectors.activities_listing(found, public_partners=True)),
            "grid": selectors.activities_grid(found),
        },
    )
