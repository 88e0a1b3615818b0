"""Public API: courses and sessions. Never participants, trainers or any personal data."""

import datetime as dt

from ninja import Router, Schema
from ninja.pagination import paginate

from atnet.api.common import ApiPagination, LanguageCode, locale_for

from .selectors import public_courses, public_sessions

router = Router(tags=["trainings"])


class CourseItem(Schema):
    slug: str
    title: str
    title_ro: str
    title_en: str
    title_ru: str
    description: str
    audiences: list[str]
    domains: list[str]
    duration_days: int
    duration_hours: int
    language: str


class SessionItem(Schema):
    code: str
    course: str
    title: str
    start_date: dt.date
    end_date: dt.date
    venue: str
    unit_code: str
    development_region: str
    capacity: int
    language: str
    status: str

    @staticmethod
    def resolve_course(session) -> str:
        return session.course.slug

    @staticmethod
    def resolve_title(session) -> str:
        return session.course.title

    @staticmethod
    def resolve_unit_code(session) -> str:
        return session.unit.code


@router.get("/trainings/courses", response=list[CourseItem], summary="Public training courses")
@paginate(ApiPagination)
def list_courses(request, lang: LanguageCode | None = None):
    locale_for(lang, request)
    return public_courses()


@router.get("/trainings/sessions", response=list[SessionItem], summary="Training sessions")
@paginate(ApiPagination)
def list_sessions(request, lang: LanguageCode | None = None, upcoming: bool = False):
    locale_for(lang, request)
    return public_sessions(upcoming_only=upcoming)
