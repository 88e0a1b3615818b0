"""Moldova's first-level units.

Codes and the Romanian names come from pycountry (ISO 3166-2:MD), which is
maintained; pycountry has no Russian or English exonyms for them and the
development-region grouping (Law 438/2006) is not in any package, so those two
columns are typed here.
"""

import pycountry

from .models import DevelopmentRegion as R
from .models import UnitKind

# code: (development region, Russian name, English name or None for the Romanian one)
EXTRA = {
    "MD-AN": (R.CENTRE, "Новые Анены", None),
    "MD-BA": (R.NORTH, "Бельцы", None),
    "MD-BD": (R.LEFT_BANK, "Бендеры", "Bender"),
    "MD-BR": (R.NORTH, "Бричаны", None),
    "MD-BS": (R.SOUTH, "Бессарабка", None),
    "MD-CA": (R.SOUTH, "Кагул", None),
    "MD-CL": (R.CENTRE, "Калараш", None),
    "MD-CM": (R.SOUTH, "Чимишлия", None),
    "MD-CR": (R.CENTRE, "Криуляны", None),
    "MD-CS": (R.SOUTH, "Каушаны", None),
    "MD-CT": (R.SOUTH, "Кантемир", None),
    "MD-CU": (R.CHISINAU, "Кишинёв", None),
    "MD-DO": (R.NORTH, "Дондюшаны", None),
    "MD-DR": (R.NORTH, "Дрокия", None),
    "MD-DU": (R.CENTRE, "Дубоссары", None),
    "MD-ED": (R.NORTH, "Единец", None),
    "MD-FA": (R.NORTH, "Фалешты", None),
    "MD-FL": (R.NORTH, "Флорешты", None),
    "MD-GA": (R.GAGAUZIA, "АТО Гагаузия", "Gagauzia"),
    "MD-GL": (R.NORTH, "Глодяны", None),
    "MD-HI": (R.CENTRE, "Хынчешты", None),
    "MD-IA": (R.CENTRE, "Яловены", None),
    "MD-LE": (R.SOUTH, "Леова", None),
    "MD-NI": (R.CENTRE, "Ниспорены", None),
    "MD-OC": (R.NORTH, "Окница", None),
    "MD-OR": (R.CENTRE, "Оргеев", None),
    "MD-RE": (R.CENTRE, "Резина", None),
    "MD-RI": (R.NORTH, "Рышканы", None),
    "MD-SD": (R.CENTRE, "Шолданешты", None),
    "MD-SI": (R.NORTH, "Сынжерей", None),
    "MD-SN": (R.LEFT_BANK, "Левобережье Днестра", "Left bank of the Dniester"),
    "MD-SO": (R.NORTH, "Сороки", None),
    "MD-ST": (R.CENTRE, "Страшены", None),
    "MD-SV": (R.SOUTH, "Штефан-Водэ", None),
    "MD-TA": (R.SOUTH, "Тараклия", None),
    "MD-TE": (R.CENTRE, "Теленешты", None),
    "MD-UN": (R.CENTRE, "Унгены", None),
}

_KINDS = {
    "District": UnitKind.DISTRICT,
    "City": UnitKind.MUNICIPALITY,
    "Autonomous territorial unit": UnitKind.AUTONOMOUS,
    "Territorial unit": UnitKind.TERRITORIAL,
}
_ROMANIAN_OVERRIDES = {"MD-GA": "UTA Găgăuzia", "MD-SN": "Stînga Nistrului", "MD-BD": "Bender"}


def unit_rows() -> list[dict]:
    """One dict per unit, ready for AdministrativeUnit(**row)."""
    rows = []
    for subdivision in pycountry.subdivisions.get(country_code="MD"):
        region, name_ru, name_en = EXTRA[subdivision.code]
        name_ro = _ROMANIAN_OVERRIDES.get(subdivision.code, subdivision.name)
        rows.append(
            {
                "code": subdivision.code,
                "kind": _KINDS[subdivision.type],
                "development_region": region,
                "name_ro": name_ro,
                "name_en": name_en or name_ro,
                "name_ru": name_ru,
            }
        )
    return sorted(rows, key=lambda row: row["code"])
