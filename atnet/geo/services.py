from .models import AdministrativeUnit
from .units import unit_rows


def units_sync() -> int:
    """Create or update every unit from the package data; returns how many exist."""
    for row in unit_rows():
        AdministrativeUnit.objects.update_or_create(code=row["code"], defaults=row)
    return AdministrativeUnit.objects.count()
