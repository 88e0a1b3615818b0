from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpdirectoryConfig(AppConfig):
    name = "atnet.helpdirectory"
    verbose_name = _("Where to get help")
