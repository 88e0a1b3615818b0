"""The bench's projects and acts (bench.datasets.programme): valid pages the figures count."""

import pytest
from django.conf import settings
from wagtail.models import Page

from atnet.legislation.models import ActPage, LegislationIndexPage
from atnet.projects.models import ProjectIndexPage, ProjectPage
from atnet.reports import benchmark
from atnet.reports.period import Period
from bench.datasets import DATASETS, generate_all

pytestmark = pytest.mark.django_db


def test_projects_and_acts_come_last_so_the_other_datasets_keep_their_random_generators():
    assert [d.name for d in DATASETS[-2:]] == ["projects", "acts"]


def test_the_generated_projects_and_acts_are_live_pages_that_the_figures_count(db):
    report = generate_all(seed=7, scale=0.02, only=("projects", "acts"))
    assert report["projects"]["rows"] == 200 and report["acts"]["rows"] == 100
    projects = ProjectPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    acts = ActPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    assert projects.count() == 200 and acts.count() == 100
    for index, pages in ((ProjectIndexPage, projects), (LegislationIndexPage, acts)):
        parent = index.objects.get()
        parent.refresh_from_db()
        assert parent.numchild == parent.get_children().count() == pages.count()
        assert len({page.slug for page in pages}) == pages.count()
        page = pages.order_by("?").first()
        assert page.get_parent().specific == parent
        assert page.url_path == f"{parent.url_path}{page.slug}/"
    assert Page.find_problems() == ([], [], [], [], [])  # the tree is as treebeard keeps it
    assert ProjectPage.units.through.objects.exists()
    assert projects.filter(budget__isnull=True).exists()
    assert set(projects.values_list("currency", flat=True)) == {"EUR", "USD", "MDL"}
    assert projects.filter(actual_start__isnull=True).exists()
    year = Period.year(2025)
    rows = {row["figure"]: row for row in benchmark.compare(year, runs=1)}  # asserts equal
    in_2025 = benchmark.BY_SLUG["projects-by-status"].compute(year)
    assert sum(row["projects"] for row in in_2025.rows) > 50
    acts_2025 = benchmark.BY_SLUG["legislation-by-status"].compute(year)
    assert sum(row[acts_2025.columns[0][0]] for row in acts_2025.rows) > 5
    assert {"projects-by-domain", "projects-by-status", "legislation-by-status"} <= set(rows)
