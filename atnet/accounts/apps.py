from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "atnet.accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from . import checks, signals  # noqa: F401  (registers the system checks)

        post_migrate.connect(signals.coordinator_permissions_ensure)
