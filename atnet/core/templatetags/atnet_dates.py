from django import template

from atnet.core.dates import date_span as _date_span

register = template.Library()


@register.filter
def date_span(start, end):
    """`{{ start|date_span:end }}`: see atnet.core.dates.date_span."""
    return _date_span(start, end) if start else ""
