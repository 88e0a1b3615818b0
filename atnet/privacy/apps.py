from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "atnet.privacy"
    verbose_name = _("Personal data")

    def ready(self):
        from .audit import connect_signals
        from .registry import discover

        discover()  # each app's privacy.py registers the personal data it holds
        # Every model in the registry is audited from here on, whichever app saves it.
        connect_signals()
