"""Link the first mention of each glossary term in a piece of rendered HTML.

Only text outside links, headings and code is touched; each term is linked
once (its first mention), so an article does not turn into a sea of links.
"""

import re

from django.utils.html import escape

_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")
# Text inside these elements is never linked.
_SKIP = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "button"}


def _pattern(forms: list[str]) -> re.Pattern | None:
    if not forms:
        return None
    # Longest first, so "gender equality" wins over "gender".
    alternatives = "|".join(
        re.escape(escape(form)) for form in sorted(forms, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)", re.IGNORECASE)


def link_first_mentions(html: str, targets: dict[str, str]) -> str:
    """`html` with the first mention of each form in `targets` (form -> URL) linked."""
    pattern = _pattern(list(targets))
    if pattern is None:
        return html
    lookup = {escape(form).casefold(): url for form, url in targets.items()}
    linked: set[str] = set()

    def replace(match: re.Match) -> str:
        url = lookup.get(match.group(1).casefold())
        if url is None or url in linked:
            return match.group(0)
        linked.add(url)
        return f'<a class="glossary-term" href="{escape(url)}">{match.group(1)}</a>'

    parts, skipping = [], 0
    for part in _TAG.split(html):
        if part.startswith("<"):
            skipping = max(0, skipping + _skip_change(part))
        elif part and not skipping:
            part = pattern.sub(replace, part)
        parts.append(part)
    return "".join(parts)


def _skip_change(tag: str) -> int:
    match = _TAG_NAME.match(tag)
    if not match or match.group(2).lower() not in _SKIP or tag.endswith("/>"):
        return 0
    return -1 if match.group(1) else 1
