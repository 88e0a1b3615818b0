"""The members' workspace navigation: one menu built from what each app declares.

Each app that has workspace pages declares them in `atnet/<app>/workspace.py`
as a module-level `SECTIONS` list of `Section`; the menu lists, in `order`,
only the sections whose `may_open(user)` is true, so a link never leads to a
page that would answer 403 or 404. The predicates are the apps' own access
rules (the same functions their views' decorators use).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse

from .discovery import app_modules


@dataclass(frozen=True)
class Section:
    key: str
    label: Callable[[], str]  # a lazy translation, read in the request's language
    url_name: str
    may_open: Callable[[object], bool]
    order: int


@dataclass(frozen=True)
class NavLink:
    key: str
    label: str
    url: str
    current: bool


def sections() -> list[Section]:
    found = [
        section
        for module in app_modules("workspace")
        for section in getattr(module, "SECTIONS", ())
    ]
    return sorted(found, key=lambda section: section.order)


def sections_for(user) -> list[Section]:
    if not user.is_authenticated:
        return []
    return [section for section in sections() if section.may_open(user)]


def navigation(user, path: str) -> list[NavLink]:
    """The links `user` may follow; the one whose address `path` starts with longest is current."""
    links = [(section, reverse(section.url_name)) for section in sections_for(user)]
    current = max((url for _section, url in links if path.startswith(url)), key=len, default=None)
    return [NavLink(section.key, str(section.label), url, url == current) for section, url in links]
