"""The registries cover every model and view that holds or shows people, including future ones."""

from django.apps import apps
from django.urls import get_resolver

from atnet.privacy.middleware import EXPORT_VIEWS, PARTICIPANT_LIST_VIEWS
from atnet.privacy.registry import installed_sources

PERSONAL_FIELDS = {"full_name", "first_name", "last_name", "email", "phone"}
# Models with such a field that hold no one's personal data, and why.
NOT_PERSONAL = {
    "network.Organisation": "an institution's public switchboard and address",
}


def _url_names(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if hasattr(pattern, "url_patterns"):
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            yield from _url_names(pattern, namespace)
        elif pattern.name:
            yield f"{prefix}{pattern.name}"


def test_every_model_of_ours_with_a_name_or_contact_field_is_registered():
    registered = {source.label for source in installed_sources()}
    unregistered = []
    for model in apps.get_models():
        if not model.__module__.startswith("atnet."):
            continue
        names = {field.name for field in model._meta.concrete_fields}
        points_at_people = any(
            field.related_model and field.related_model._meta.label == "network.Person"
            for field in model._meta.fields
        )
        if (names & PERSONAL_FIELDS or points_at_people) and model._meta.label not in registered:
            unregistered.append(model._meta.label)
    assert sorted(set(unregistered) - set(NOT_PERSONAL)) == []


def test_every_registered_field_exists():
    for source in installed_sources():
        model = source.model
        for name in (*source.fields, *source.anonymise, *source.files):
            model._meta.get_field(name)


def test_every_logged_view_name_exists():
    names = set(_url_names(get_resolver()))
    assert sorted((EXPORT_VIEWS | PARTICIPANT_LIST_VIEWS) - names) == []
