"""Import participant lists from XLSX or CSV: check every row first, save only on confirmation.

A row matches an existing participant by name (case, diacritics and word order
ignored) and institution; a match is left unchanged, so importing the same
file twice adds nothing.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from atnet.core.text import fold
from atnet.geo.models import AdministrativeUnit
from atnet.network.models import Gender, Organisation

from .models import Audience, Enrolment, EnrolmentStatus, Session, name_key
from .services import participant_find, participant_get_or_create

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 2000
MAX_COLUMNS = 50
# An XLSX of MAX_ROWS rows unpacks to a few MB; a zip bomb to far more.
MAX_UNPACKED_BYTES = 40 * 1024 * 1024
MAX_RATIO = 100
LANGUAGES = ("ro", "en", "ru")
# Accepted column headings (folded), in the three languages.
COLUMNS = {
    "full_name": {"full name", "name", "nume", "nume prenume", "numele", "фио", "имя"},
    "institution": {"institution", "organisation", "institutie", "organizatie", "учреждение"},
    "gender": {"gender", "sex", "gen", "пол"},
    "profession": {"profession", "profesie", "профессия"},
    "unit": {"unit", "district", "raion", "unitate", "район"},
    "email": {"email", "e mail"},
    "phone": {"phone", "telefon", "телефон"},
    "language": {"language", "limba", "язык"},
}


class ImportFileError(Exception):
    """The file cannot be read at all; the message is for the user."""


@dataclass
class Row:
    number: int
    values: dict
    errors: list = field(default_factory=list)
    cleaned: dict = field(default_factory=dict)
    exists: bool = False


def read_rows(*, content: bytes, filename: str) -> list[dict]:
    """The file's rows as {column: text}, read as a stream and refused past the limits.

    A small file can unpack to a huge sheet (a few MB of XML per MB of zip, or
    far more for a crafted one), so an XLSX is refused from its zip directory
    before any XML is parsed, and the rows are counted while they are read:
    nothing past MAX_ROWS is ever built.
    """
    if len(content) > MAX_BYTES:
        raise ImportFileError(_("The file is larger than 2 MB."))
    if filename.lower().endswith(".xlsx"):
        rows = xlsx_rows(content)
    elif filename.lower().endswith(".csv"):
        rows = csv_rows(content)
    else:
        raise ImportFileError(_("Upload an XLSX or CSV file."))
    try:
        return _records(rows)
    except ImportFileError:
        raise
    except Exception as error:  # openpyxl and csv raise many types for a damaged file
        raise ImportFileError(_("The file cannot be read.")) from error


def _records(rows) -> list[dict]:
    keys, records = None, []
    for row in rows:
        if len(row) > MAX_COLUMNS and any(str(cell).strip() for cell in row[MAX_COLUMNS:]):
            raise ImportFileError(
                _("The file has more than %(limit)s columns.") % {"limit": MAX_COLUMNS}
            )
        cells = [cell.strip() for cell in row[:MAX_COLUMNS]]
        if not any(cells):
            continue
        if keys is None:
            keys = [_column(heading) for heading in cells]
            if "full_name" not in keys or "institution" not in keys:
                raise ImportFileError(
                    _("The first row must name the columns, including name and institution.")
                )
            continue
        if len(records) == MAX_ROWS:
            raise ImportFileError(_("The file has more than 2000 rows."))
        records.append({key: cell for key, cell in zip(keys, cells, strict=False) if key})
    if keys is None:
        raise ImportFileError(_("The file is empty."))
    return records


def _column(heading: str) -> str | None:
    folded = " ".join("".join(ch if ch.isalnum() else " " for ch in fold(heading)).split())
    return next((key for key, names in COLUMNS.items() if folded in names or folded == key), None)


def _check_unpacked_size(content: bytes) -> None:
    """Refuse a zip that unpacks past MAX_UNPACKED_BYTES or MAX_RATIO times its size.

    zipfile reads no more than each member's declared size, so the directory's
    sizes bound what parsing the sheet can unpack.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as error:
        raise ImportFileError(_("The XLSX file cannot be read.")) from error
    if unpacked > MAX_UNPACKED_BYTES or unpacked > MAX_RATIO * max(len(content), 1):
        raise ImportFileError(_("The XLSX file is too large once unpacked."))


def xlsx_rows(content: bytes):
    from openpyxl import load_workbook

    _check_unpacked_size(content)
    try:
        sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).active
    except Exception as error:  # openpyxl raises many types for a damaged file
        raise ImportFileError(_("The XLSX file cannot be read.")) from error
    # One column past the limit is read, to tell a wider sheet from a full one.
    for row in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1):
        yield ["" if cell is None else str(cell) for cell in row]


def csv_rows(content: bytes):
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(_("The CSV file must be saved as UTF-8.")) from error
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t") if text.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel
    return csv.reader(io.StringIO(text), dialect)


def check_rows(raw_rows: list[dict]) -> list[Row]:
    lookups = _Lookups()
    seen = set()
    rows = []
    for number, values in enumerate(raw_rows, start=2):
        row = Row(number=number, values=values)
        _check(row, lookups)
        key = (name_key(values.get("full_name", "")), row.cleaned.get("organisation"))
        if not row.errors and key in seen:
            row.errors.append(_("The same person appears earlier in the file."))
        seen.add(key)
        if not row.errors:
            row.exists = (
                participant_find(
                    full_name=row.cleaned["full_name"], organisation=row.cleaned["organisation"]
                )
                is not None
            )
        rows.append(row)
    return rows


def _check(row: Row, lookups: "_Lookups") -> None:
    values, errors, cleaned = row.values, row.errors, row.cleaned
    cleaned["full_name"] = values.get("full_name", "")
    if len(name_key(cleaned["full_name"]).split()) < 2:
        errors.append(_("The name is missing or incomplete (give first and last name)."))
    cleaned["organisation"] = lookups.organisation(values.get("institution", ""))
    if cleaned["organisation"] is None:
        errors.append(
            _("Institution “%(value)s” is not in the network directory.")
            % {"value": values.get("institution", "")}
        )
    for name, table, message in (
        ("gender", lookups.genders, _("Gender “%(value)s” is not recognised.")),
        ("profession", lookups.professions, _("Profession “%(value)s” is not recognised.")),
    ):
        cleaned[name] = table.get(fold(values.get(name, "")))
        if cleaned[name] is None:
            errors.append(message % {"value": values.get(name, "")})
    _check_optional(row, lookups)


def _check_optional(row: Row, lookups: "_Lookups") -> None:
    values, errors, cleaned = row.values, row.errors, row.cleaned
    cleaned["unit"] = lookups.unit(values.get("unit", "")) if values.get("unit") else None
    if values.get("unit") and cleaned["unit"] is None:
        errors.append(_("Unit “%(value)s” is not recognised.") % {"value": values["unit"]})
    cleaned["email"] = values.get("email", "")
    try:
        if cleaned["email"]:
            validate_email(cleaned["email"])
    except ValidationError:
        errors.append(_("“%(value)s” is not a valid email address.") % {"value": cleaned["email"]})
    cleaned["phone"] = values.get("phone", "")[:50]
    cleaned["language"] = (values.get("language") or "ro").lower()[:2]
    if cleaned["language"] not in LANGUAGES:
        errors.append(_("The language must be ro, en or ru."))


class _Lookups:
    """Institutions, units and choice labels, loaded once per import."""

    def __init__(self):
        self.organisations = {}
        for org in Organisation.objects.all():
            for text in (org.name_ro, org.name_en, org.name_ru, org.acronym, org.slug):
                if text:
                    self.organisations.setdefault(fold(text).strip(), org)
        self.units = {}
        for unit in AdministrativeUnit.objects.all():
            for text in (unit.code, unit.name_ro, unit.name_en, unit.name_ru):
                self.units[fold(text).strip()] = unit
        self.genders = _labels(Gender.choices)
        # Short and everyday forms that lists typed by hand use.
        self.genders.update(
            {"f": "female", "m": "male", "femeie": "female", "barbat": "male"}
            | {"ж": "female", "м": "male", "женщина": "female", "мужчина": "male"}
        )
        self.professions = _labels(Audience.choices)

    def organisation(self, text: str):
        return self.organisations.get(fold(text).strip())

    def unit(self, text: str):
        return self.units.get(fold(text).strip())


def _labels(choices) -> dict:
    """Each choice by its value and by its label in the three languages, folded."""
    table = {}
    for language in LANGUAGES:
        with translation.override(language):
            for value, label in choices:
                table[fold(str(label))] = value
                table[fold(value)] = value
    return table


@transaction.atomic
def rows_save(*, actor, rows: list[Row], session: Session | None = None) -> dict[str, int]:
    """Save checked rows; refuses if any row has a problem, so nothing is half-imported."""
    if any(row.errors for row in rows):
        raise ValueError("rows with problems cannot be saved")
    counts = {"created": 0, "existing": 0, "enrolled": 0}
    for row in rows:
        fields = {key: value for key, value in row.cleaned.items() if value not in (None, "")}
        participant, created = participant_get_or_create(actor=actor, **fields)
        counts["created" if created else "existing"] += 1
        if session is not None:
            _, enrolled = Enrolment.objects.get_or_create(
                session=session,
                participant=participant,
                defaults={"status": EnrolmentStatus.ACCEPTED, "nominated_by": actor},
            )
            counts["enrolled"] += int(enrolled)
    return counts
