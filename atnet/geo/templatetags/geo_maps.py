from django import template

from atnet.geo.maps import legend_swatch

register = template.Library()


@register.simple_tag
def map_swatch(data, map_class):
    """The legend's square for one class of a map."""
    return legend_swatch(data, map_class)
