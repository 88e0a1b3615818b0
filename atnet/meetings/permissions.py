"""Who may see and do what in the meetings workspace.

Coordinators (atnet.accounts.roles) plan and run meetings. Members of the
network's organisations see the meetings, answer invitations and read the
internal minutes of the meetings their organisation was invited to or attended;
for any other meeting the minutes and attachments answer 404, exactly like a
record that does not exist. Only invited organisations answer, unless the
meeting is open to all members; an answer opens no minutes. Anonymous visitors
are sent to sign in.
"""

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, reverse

from atnet.accounts.roles import is_coordinator
from atnet.network.models import Membership, Person

from .models import Meeting
from .selectors import invited_organisation_ids, minutes_organisation_ids


def login_url() -> str:
    try:
        return reverse("accounts:login")
    except NoReverseMatch:  # pragma: no cover
        return settings.LOGIN_URL


def organisation_ids(user) -> set[int]:
    """The organisations the user belongs to (cached on the user for the request)."""
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_meetings_organisations"):
        memberships = Membership.objects.filter(user=user).values_list("organisation_id", flat=True)
        people = Person.objects.filter(user=user).values_list("organisation_id", flat=True)
        user._meetings_organisations = set(memberships) | set(people)
    return user._meetings_organisations


def is_member(user) -> bool:
    return bool(organisation_ids(user))


def _guard(test):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path(), login_url())
            if not test(request.user):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


member_required = _guard(lambda user: is_coordinator(user) or is_member(user))
coordinator_required = _guard(is_coordinator)


def can_read_internal(user, meeting: Meeting) -> bool:
    if is_coordinator(user):
        return True
    return bool(organisation_ids(user) & minutes_organisation_ids(meeting))


def may_answer(meeting: Meeting, person: Person) -> bool:
    """Whether the person's answer (register, decline) is taken for this meeting."""
    return meeting.open_to_members or person.organisation_id in invited_organisation_ids(meeting)


def meeting_internal_or_404(user, pk: int) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("series", "host_unit"), pk=pk)
    if not can_read_internal(user, meeting):
        raise Http404
    return meeting


def own_people(user):
    """The network's person records of this user (they answer invitations as these people)."""
    return Person.objects.filter(user=user).select_related("organisation")
