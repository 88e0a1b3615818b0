"""Who may see what in the trainings workspace.

Coordinators see everything. A focal point sees only the participants of the
organisations they are focal point of; anyone else's record answers 404, like
one that does not exist, so ids reveal nothing.
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.urls import NoReverseMatch, reverse

from atnet.accounts.roles import is_coordinator
from atnet.network.models import Membership, Role


def login_url() -> str:
    try:
        return reverse("accounts:login")
    except NoReverseMatch:
        return settings.LOGIN_URL


def focal_organisation_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_trainings_focal_ids"):
        user._trainings_focal_ids = set(
            Membership.objects.filter(user=user, role=Role.FOCAL_POINT).values_list(
                "organisation_id", flat=True
            )
        )
    return user._trainings_focal_ids


def workspace_required(view):
    """Coordinators and focal points; others signed in get 404, anonymous visitors sign in."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), login_url())
        if not (is_coordinator(request.user) or focal_organisation_ids(request.user)):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def coordinator_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), login_url())
        if not is_coordinator(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def scope_participants(user, queryset, field: str = "organisation_id"):
    """`queryset` limited to what `user` may see (its rows' organisation via `field`)."""
    if is_coordinator(user):
        return queryset
    return queryset.filter(**{f"{field}__in": focal_organisation_ids(user)})
