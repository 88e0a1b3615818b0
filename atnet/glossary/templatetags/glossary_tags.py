"""`{% filter glossary_links %}…{% endfilter %}`: link glossary terms in rendered content.

Wire it around a page body, e.g. in a news article:
    {% load glossary_tags %}{% filter glossary_links %}{% include_block page.body %}{% endfilter %}
"""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail.models import Locale

from atnet.glossary.linking import link_first_mentions
from atnet.glossary.selectors import link_targets

register = template.Library()


@register.filter(is_safe=True)
def glossary_links(html):
    """Rendered HTML with the first mention of each term linked, in the active language."""
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return html
    # Plain text is escaped first; links added by link_first_mentions are escaped there.
    safe = conditional_escape(html)
    return mark_safe(link_first_mentions(str(safe), link_targets(locale)))  # noqa: S308
