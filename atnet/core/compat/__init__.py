"""Adapters: the only modules allowed to touch a framework's private names.

Each function here wraps one private attribute or method of Django, Wagtail
(or treebeard, beneath Wagtail's page tree) that the project relies on, and is
pinned by a test in `atnet/core/tests/test_compat.py`: when a release changes
the behaviour, that test fails and this is the one place to change.
`atnet/core/tests/test_private_api.py` fails if any other module reaches for
such a name.
"""
