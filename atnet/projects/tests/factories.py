"""Project page factories: each creates a live page under `parent`."""

import datetime as dt

import factory

from atnet.network.models import Level
from atnet.projects.models import ProjectIndexPage, ProjectPage, ProjectPartner, ProjectStatus


class _PageFactory(factory.Factory):
    @classmethod
    def _create(cls, model_class, parent, *args, **kwargs):
        units = kwargs.pop("units", [])
        partners = kwargs.pop("partners", [])
        indicators = kwargs.pop("indicators", [])
        transactions = kwargs.pop("transactions", [])
        page = model_class(*args, locale=parent.locale, **kwargs)
        page.units = units
        page.partners = [ProjectPartner(organisation=org, role=role) for org, role in partners]
        page.indicators = indicators
        page.transactions = transactions
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page


class ProjectIndexFactory(_PageFactory):
    class Meta:
        model = ProjectIndexPage

    title = "Proiecte"
    slug = "projects"
    show_in_menus = True


class ProjectPageFactory(_PageFactory):
    class Meta:
        model = ProjectPage

    title = factory.Sequence(lambda n: f"Proiect {n}")
    slug = factory.Sequence(lambda n: f"proiect-{n}")
    intro = "Descriere."
    status = ProjectStatus.IMPLEMENTATION
    level = Level.NATIONAL
    domains = factory.LazyFunction(lambda: ["trafficking_prevention"])
    planned_start = dt.date(2025, 1, 1)
    planned_end = dt.date(2025, 12, 31)
