"""Who is a coordinator.

Coordinators (programme staff) are the members of the Django group
"coordinator"; superusers count as coordinators too. A group, not is_staff,
because editors who use the Wagtail admin for pages are staff but must not
see every organisation's members-only data.
"""

from django.contrib.auth.models import AnonymousUser

COORDINATOR_GROUP = "coordinator"


def is_coordinator(user) -> bool:
    if isinstance(user, AnonymousUser) or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    # Cached on the user object: templates and views ask several times per request.
    if not hasattr(user, "_atnet_is_coordinator"):
        user._atnet_is_coordinator = user.groups.filter(name=COORDINATOR_GROUP).exists()
    return user._atnet_is_coordinator
