"""Object-level permissions of the members' workspace.

A record another organisation owns answers 404, exactly like one that does not
exist, so ids reveal nothing. Anonymous visitors are sent to sign in.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse

from atnet.accounts.roles import is_coordinator

from .models import Activity, Membership, Organisation, Person, Role


def member_required(view):
    """Signed-in members of any organisation and coordinators only."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("accounts:login"))
        if not (is_coordinator(request.user) or is_member(request.user)):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def is_member(user) -> bool:
    if not hasattr(user, "_atnet_memberships"):
        user._atnet_memberships = {
            membership.organisation_id: membership.role
            for membership in Membership.objects.filter(user=user)
        }
    return bool(user._atnet_memberships)


def role_in(user, organisation_id: int) -> str | None:
    is_member(user)
    return user._atnet_memberships.get(organisation_id)


def can_edit(user, organisation_id: int) -> bool:
    return is_coordinator(user) or role_in(user, organisation_id) == Role.FOCAL_POINT


def editable_organisations(user):
    if is_coordinator(user):
        return Organisation.objects.all()
    return Organisation.objects.filter(memberships__user=user, memberships__role=Role.FOCAL_POINT)


def organisation_for_edit(user, pk: int) -> Organisation:
    return get_object_or_404(editable_organisations(user), pk=pk)


def activity_for_edit(user, pk: int) -> Activity:
    activities = Activity.objects.filter(organisation__in=editable_organisations(user))
    return get_object_or_404(activities, pk=pk)


def person_for_edit(user, organisation: Organisation, pk: int) -> Person:
    return get_object_or_404(Person, organisation=organisation, pk=pk)


def coordinator_only(user) -> None:
    if not is_coordinator(user):
        raise Http404
