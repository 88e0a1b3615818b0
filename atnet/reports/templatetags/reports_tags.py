from decimal import Decimal

from django import template
from django.utils.formats import number_format

from ..records import cells

register = template.Library()


@register.filter
def num(value):
    """A count as an integer, an average or budget with at most one decimal; nothing as a dash."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, float | Decimal) and value != int(value):
        return number_format(round(value, 1), 1)
    return number_format(int(value), 0, force_grouping=True)


@register.filter
def percent(value):
    return "—" if value is None else f"{number_format(value, 1)} %"


@register.filter
def cell(row, key):
    """A row's value for a column key (a Row, or a dict of public figures)."""
    return row.values.get(key) if hasattr(row, "values") else row.get(key)


@register.simple_tag
def record_cells(kind, obj):
    return cells(kind, obj)


@register.filter
def public_count(value):
    """A published count of people: a suppressed one reads "fewer than 5"."""
    from ..privacy import display

    return display(value) if value is None else num(value)
