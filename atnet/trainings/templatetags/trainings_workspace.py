"""Template tags of the trainings workspace.

The navigation needs to know whether the visitor is a coordinator on every
page, including pages whose views do not pass `is_coordinator`; settings (and
so context processors) are not this app's, hence a tag.
"""

from django import template

from ..permissions import is_coordinator

register = template.Library()


@register.simple_tag(takes_context=True)
def trainings_coordinator(context) -> bool:
    request = context.get("request")
    return bool(request is not None and is_coordinator(request.user))
