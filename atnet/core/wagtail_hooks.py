"""Wagtail hooks of core: stored documents are served by what they contain."""

from wagtail import hooks

from .wagtail_uploads import serve_mismatched_document

# After Wagtail's check_view_restrictions (order 0): privacy is checked first.
hooks.register("before_serve_document", serve_mismatched_document, order=100)
