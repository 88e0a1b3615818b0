from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "atnet.portal"
    verbose_name = _("Public website")

    def ready(self):
        # Connect the receivers that drop cached parts when content changes.
        from . import cache, translation_workflow, visibility  # noqa: F401
