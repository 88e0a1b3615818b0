"""What the workspace home shows of the network; each read runs a fixed number of queries."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.utils import timezone

from .models import Activity, Organisation

DASHBOARD_ROWS = 10
# A focal point is asked to check her organisation's profile after six months;
# coordinators see the organisations nobody has checked for a year.
VERIFY_PROMPT_DAYS = 183
UNVERIFIED_DAYS = 365
# The profile fields a complete entry has (names in the three languages,
# description, contacts, regions, domains).
PROFILE_FIELDS = (
    "name_en", "name_ru", "description_ro", "description_en", "description_ru",
    "address", "phone", "email", "website", "domains",
)  # fmt: skip


@dataclass
class OrganisationStatus:
    organisation: Organisation
    role: str
    completeness: int  # percent of the profile filled in
    needs_verifying: bool


def own_organisations(user) -> list[OrganisationStatus]:
    """Her organisations with their profile's completeness and whether to check it (one query)."""
    stale = timezone.localdate() - dt.timedelta(days=VERIFY_PROMPT_DAYS)
    memberships = (
        user.memberships.select_related("organisation")
        .annotate(region_count=Count("organisation__regions"))
        .order_by("organisation__name_ro")
    )
    return [
        OrganisationStatus(
            membership.organisation,
            membership.get_role_display(),
            _completeness(membership.organisation, membership.region_count),
            membership.organisation.last_verified is None
            or membership.organisation.last_verified < stale,
        )
        for membership in memberships
    ]


def _completeness(organisation: Organisation, region_count: int) -> int:
    filled = sum(1 for name in PROFILE_FIELDS if getattr(organisation, name))
    filled += 1 if region_count else 0
    return round(100 * filled / (len(PROFILE_FIELDS) + 1))


def own_activities(user, limit: int = DASHBOARD_ROWS) -> list[Activity]:
    """The activities she posted, the newest first."""
    activities = Activity.objects.filter(created_by=user).select_related("organisation")
    return list(activities.order_by("-start_date", "-pk")[:limit])


def organisations_unverified(limit: int = DASHBOARD_ROWS) -> list[Organisation]:
    """Organisations nobody has verified for a year, the longest first (never verified first)."""
    year_ago = timezone.localdate() - dt.timedelta(days=UNVERIFIED_DAYS)
    unverified = Organisation.objects.filter(
        Q(last_verified__isnull=True) | Q(last_verified__lt=year_ago)
    )
    ordered = unverified.order_by(F("last_verified").asc(nulls_first=True), "name_ro")
    return list(ordered[:limit])
