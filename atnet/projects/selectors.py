"""Reads for the project pages, the region page, the API and the IATI export."""

from django.db.models import Prefetch, QuerySet
from wagtail.models import Locale, Page

from atnet.core.pagination import paginate
from atnet.network.fields import choice_list_contains

from .forms import ProjectFilterForm
from .models import ProjectPage, ProjectPartner


def _partners() -> Prefetch:
    return Prefetch("partners", queryset=ProjectPartner.objects.select_related("organisation"))


def projects_in(locale: Locale) -> QuerySet:
    return (
        ProjectPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("locale")
        .prefetch_related(_partners(), "units")
        .order_by("-planned_start", "title", "pk")
    )


def filter_projects(projects: QuerySet, filters: dict) -> QuerySet:
    if domain := filters.get("domain"):
        projects = projects.filter(choice_list_contains("domains", domain))
    if status := filters.get("status"):
        projects = projects.filter(status=status)
    if level := filters.get("level"):
        projects = projects.filter(level=level)
    if region := filters.get("region"):
        matching = ProjectPage.objects.filter(units__development_region=region).values("pk")
        projects = projects.filter(pk__in=matching)
    if unit := filters.get("unit"):
        projects = projects.filter(pk__in=ProjectPage.objects.filter(units__code=unit).values("pk"))
    return projects


def project_listing(*, index, request) -> dict:
    form = ProjectFilterForm(request.GET or None)
    filters = form.filters()
    projects = filter_projects(projects_in(index.locale).descendant_of(index), filters)
    return {"items": paginate(request, projects), "filter_form": form, "filters": filters}


def project_detail(project: ProjectPage) -> dict:
    indicators = list(project.indicators.all())
    results: dict[str, list] = {}
    for indicator in indicators:
        results.setdefault(indicator.result, []).append(indicator)
    return {
        "partners": list(project.partners.select_related("organisation")),
        "results": results,
        "documents": list(project.documents.select_related("document")),
        "units": list(project.units.all()),
    }


def public_projects() -> QuerySet:
    """Every live public project in every language, for the IATI export."""
    return (
        ProjectPage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related(_partners(), "units", "indicators", "documents__document")
        .order_by("translation_key", "locale__language_code")
    )


def index_page(locale: Locale) -> Page | None:
    from .models import ProjectIndexPage

    return ProjectIndexPage.objects.live().public().filter(locale=locale).first()
