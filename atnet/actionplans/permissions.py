"""Who may do what: focal points report for their organisations, the coordinator compiles.

Anything outside a person's reach answers 404, exactly like a record that does
not exist. Anonymous visitors are sent to sign in.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.urls import reverse

from atnet.accounts.roles import is_coordinator
from atnet.network.models import Membership

from .selectors import focal_organisation_ids


def _guard(test):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path(), reverse("accounts:login"))
            if not test(request.user):
                raise Http404
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def is_reporter(user) -> bool:
    return is_coordinator(user) or bool(focal_organisation_ids(user))


def is_member(user) -> bool:
    return is_coordinator(user) or Membership.objects.filter(user=user).exists()


reporter_required = _guard(is_reporter)
member_required = _guard(is_member)
coordinator_required = _guard(is_coordinator)
