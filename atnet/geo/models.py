from django.db import models
from django.utils.translation import gettext_lazy as _

from atnet.core.languages import in_language


class DevelopmentRegion(models.TextChoices):
    """Moldova's development regions (Law 438/2006), plus the two special units."""

    NORTH = "north", _("North")
    CENTRE = "centre", _("Centre")
    SOUTH = "south", _("South")
    CHISINAU = "chisinau", _("Chișinău")
    GAGAUZIA = "gagauzia", _("Gagauzia")
    LEFT_BANK = "left_bank", _("Left bank of the Dniester")


class UnitKind(models.TextChoices):
    DISTRICT = "district", _("District")
    MUNICIPALITY = "municipality", _("Municipality")
    AUTONOMOUS = "autonomous", _("Autonomous territorial unit")
    TERRITORIAL = "territorial", _("Territorial unit")


class AdministrativeUnitQuerySet(models.QuerySet):
    def in_region(self, region: str):
        return self.filter(development_region=region)


class AdministrativeUnit(models.Model):
    """A first-level administrative unit of Moldova (ISO 3166-2:MD)."""

    code = models.CharField(_("ISO 3166-2 code"), max_length=6, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=UnitKind.choices)
    development_region = models.CharField(
        _("development region"), max_length=20, choices=DevelopmentRegion.choices, db_index=True
    )
    name_ro = models.CharField(_("name (Romanian)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_ru = models.CharField(_("name (Russian)"), max_length=100)

    objects = AdministrativeUnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        ordering = ["name_ro"]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return in_language(self, "name")
