"""Only coordinators see the dashboard; anyone else signed in gets 404, visitors sign in."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from atnet.accounts.roles import is_coordinator


def coordinator_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_coordinator(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped
