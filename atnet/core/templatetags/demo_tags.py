"""Whether the site runs on demonstration data (ATNET_DEMO, set by `make run`)."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def demo_mode() -> bool:
    return bool(getattr(settings, "ATNET_DEMO", False))
