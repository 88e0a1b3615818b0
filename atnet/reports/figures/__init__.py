"""Every figure of the dashboard, in the order shown, computed from the records."""

from ..period import Period
from .base import Figure, Row, Spec
from .costs import SPECS as COSTS
from .meetings import SPECS as MEETINGS
from .programme import SPECS as PROGRAMME
from .support import SPECS as SUPPORT
from .trainings import SPECS as TRAININGS

SPECS: list[Spec] = [*MEETINGS, *TRAININGS, *SUPPORT, *PROGRAMME, *COSTS]
BY_SLUG: dict[str, Spec] = {spec.slug: spec for spec in SPECS}


def dashboard(period: Period) -> list[Figure]:
    """All figures for the period: a constant number of queries, whatever the data."""
    return [spec.compute(period) for spec in SPECS]


def figure(slug: str, period: Period) -> Figure | None:
    spec = BY_SLUG.get(slug)
    return spec.compute(period) if spec else None


__all__ = ["BY_SLUG", "SPECS", "Figure", "Period", "Row", "Spec", "dashboard", "figure"]
