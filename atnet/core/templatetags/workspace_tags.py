from django import template

from atnet.core.workspace import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def workspace_navigation(context):
    """The workspace menu for the signed-in user, the current section marked."""
    request = context.get("request")
    if request is None:
        return []
    return navigation(request.user, request.path)
