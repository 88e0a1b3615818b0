from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "atnet.privacy"
    verbose_name = _("Personal data")

    def ready(self):
        # Every model in the registry is audited from here on, whichever app saves it.
        from .audit import connect_signals

        connect_signals()
