"""The trainings' part of the site search: the public course catalogue."""

from django.utils.translation import gettext_lazy as _

from atnet.portal.search_kinds import RecordHit, RecordKind
from atnet.portal.selectors import live_page_url

from .models import Course, TrainingIndexPage


def _public_courses():
    return Course.objects.public().order_by("title_ro", "pk")


def _catalogue_url(language: str) -> str:
    return live_page_url(TrainingIndexPage, language)


def _hit(course: Course, catalogue_url: str) -> RecordHit:
    url = f"{catalogue_url}#course-{course.slug}" if catalogue_url else ""
    return RecordHit(title=course.title, summary=course.description, url=url)


SEARCH_KINDS = [
    RecordKind(
        key="trainings",
        label=_("Training courses"),
        records=_public_courses,
        listing_url=_catalogue_url,
        hit=_hit,
        order=30,
    )
]
