from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegislationConfig(AppConfig):
    name = "atnet.legislation"
    verbose_name = _("Legislation")
