"""Find the optional modules each atnet app provides (urls, api, demo).

An app joins the public URLs, the API or the demo data by having the module;
no shared file has to be edited, so apps stay independent of each other.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps


def atnet_apps() -> list:
    return [config for config in apps.get_app_configs() if config.name.startswith("atnet.")]


def app_modules(module_name: str) -> list:
    """`atnet.<app>.<module_name>` for every installed atnet app that has one, in app order."""
    found = []
    for config in atnet_apps():
        dotted = f"{config.name}.{module_name}"
        if find_spec(dotted) is not None:
            found.append(import_module(dotted))
    return found
