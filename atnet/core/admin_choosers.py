"""Snippet choosers that list personal data open only to those allowed to see the records.

Wagtail's snippet choosers (the pop-up that picks a record for a form field)
only ask for access to the admin, so an editor of pages could list every
person of the network through /admin/snippets/choose/network/person/. A
viewset of personal records sets `chooser_viewset_class =
PersonalDataChooserViewSet`: its chooser answers 403 to anyone without a
permission on the model (coordinators and administrators have them).
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.urls import path
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.chooser import SnippetChooserViewSet

ANY_PERMISSION = ("add", "change", "delete", "view")


class PersonalDataChooserViewSet(SnippetChooserViewSet):
    def get_urlpatterns(self):
        return [
            path(str(pattern.pattern), self._checked(pattern.callback), name=pattern.name)
            for pattern in super().get_urlpatterns()
        ]

    def _checked(self, view):
        policy = ModelPermissionPolicy(self.model)

        @wraps(view)
        def checked(request, *args, **kwargs):
            if not policy.user_has_any_permission(request.user, ANY_PERMISSION):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return checked
