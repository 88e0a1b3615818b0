from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupportConfig(AppConfig):
    name = "atnet.support"
    verbose_name = _("Equipment, materials and conferences")
