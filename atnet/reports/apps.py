from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "atnet.reports"
    verbose_name = _("Reports and figures")

    def ready(self):
        from .figures.cache import connect_signals

        connect_signals()
