"""Matching records by their folded index column (`FoldedSearchModel.search_folded`).

The site search and each app's own listings ask the same way: every word of the
query must match, by any of its forms (atnet.core.text.query_alternatives), a
whole word of the column (the column holds the stems too), as the page search
does on both database backends.
"""

from django.db.models import Q, QuerySet

from .text import query_alternatives


def matching_forms(queryset: QuerySet, alternatives: list[frozenset[str]], field="search_folded"):
    """The records of `queryset` whose `field` matches every word by one of its forms."""
    for forms in alternatives:
        condition = Q()
        for form in sorted(forms):
            condition |= _form_condition(field, form)
        queryset = queryset.filter(condition)
    return queryset


def matching_query(queryset: QuerySet, query: str, language: str, field="search_folded"):
    """The records matching a visitor's `query` typed on the `language` site."""
    return matching_forms(queryset, query_alternatives(query or "", language), field)


def _form_condition(field: str, form: str) -> Q:
    """The column is folded words separated by single spaces."""
    return (
        Q(**{field: form})
        | Q(**{f"{field}__startswith": f"{form} "})
        | Q(**{f"{field}__endswith": f" {form}"})
        | Q(**{f"{field}__contains": f" {form} "})
    )
