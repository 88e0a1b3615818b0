"""Import a plan's measures from a spreadsheet laid out as such plans are published.

One row per measure: objective, measure number, measure, responsible
institutions, partners, indicators (one per line, "name: target"), deadline;
optional English and Russian texts. Every row is checked and compared with
what is saved before anything is written; the preview lists what would be
created and what would change, and a second import of the same file changes
nothing (a measure is found by its number, an objective by its number,
an indicator by its place in the measure).
"""

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from atnet.core.services import log_action
from atnet.core.text import fold
from atnet.network.models import Organisation

# The table readers and the file error of the participants' import (same limits, same messages).
from atnet.trainings.importing import (
    MAX_BYTES,
    MAX_COLUMNS,
    ImportFileError,
    csv_rows,
    xlsx_rows,
)

from .models import Indicator, Measure, Objective, Plan

MAX_ROWS = 1000
COLUMNS = {
    "objective": {"objective", "obiectiv", "obiectivul", "цель", "задача"},
    "objective_en": {"objective en", "objective english"},
    "objective_ru": {"objective ru", "objective russian", "цель ru"},
    "number": {"nr", "no", "number", "numar", "nr d o", "номер", "n"},
    "measure": {"measure", "action", "actiune", "actiuni", "masura", "мера", "мероприятие"},
    "measure_en": {"measure en", "action en", "measure english"},
    "measure_ru": {"measure ru", "action ru", "measure russian"},
    "responsible": {"responsible", "responsabili", "responsabil", "ответственные"},
    "partners": {"partners", "parteneri", "партнеры"},
    "indicators": {"indicators", "indicatori", "indicatori de progres", "индикаторы"},
    "deadline": {"deadline", "termen", "termen de realizare", "срок"},
}
REQUIRED = ("objective", "number", "measure", "responsible")
LIST_SPLIT = re.compile(r"[;\n]+")
OBJECTIVE = re.compile(r"^\s*(?P<number>[\w.]+?)[.)]?\s+(?P<title>.+)$", re.S)


@dataclass
class Row:
    number: int
    values: dict
    errors: list = field(default_factory=list)
    cleaned: dict = field(default_factory=dict)
    action: str = ""  # "create", "change" or "same"
    changes: list = field(default_factory=list)


def _table(rows) -> list[list[str]]:
    """The sheet's non-empty rows, read as a stream: reading stops one row past the limit."""
    table = []
    try:
        for row in rows:
            cells = [str(cell) for cell in row[:MAX_COLUMNS]]
            if any(cell.strip() for cell in cells):
                table.append(cells)
            if len(table) > MAX_ROWS + 1:  # the heading and one row too many: refused below
                break
    except ImportFileError:
        raise
    except Exception as error:  # openpyxl and csv raise many types for a damaged file
        raise ImportFileError(_("The file cannot be read.")) from error
    return table


def read_rows(*, content: bytes, filename: str) -> list[dict]:
    if len(content) > MAX_BYTES:
        raise ImportFileError(_("The file is larger than 2 MB."))
    name = filename.lower()
    if name.endswith(".xlsx"):
        table = _table(xlsx_rows(content))
    elif name.endswith(".csv"):
        table = _table(csv_rows(content))
    else:
        raise ImportFileError(_("Upload an XLSX or CSV file."))
    table = [row for row in table if any(cell.strip() for cell in row)]
    if not table:
        raise ImportFileError(_("The file is empty."))
    keys = [_column(heading) for heading in table[0]]
    if not set(REQUIRED) <= set(keys):
        raise ImportFileError(
            _(
                "The first row must name the columns: objective, number, measure and "
                "responsible institutions."
            )
        )
    if len(table) - 1 > MAX_ROWS:
        raise ImportFileError(_("The file has more than 1000 rows."))
    return [
        {key: cell.strip() for key, cell in zip(keys, row, strict=False) if key}
        for row in table[1:]
    ]


def _column(heading: str) -> str | None:
    folded = " ".join("".join(ch if ch.isalnum() else " " for ch in fold(heading)).split())
    return next((key for key, names in COLUMNS.items() if folded in names or folded == key), None)


def check_rows(raw_rows: list[dict], *, plan: Plan) -> list[Row]:
    organisations = _organisations()
    existing = {m.number: m for m in plan.measures.prefetch_related("responsible", "partners",
                                                                     "indicators")}  # fmt: skip
    objectives = {o.number: o for o in plan.objectives.all()}
    seen, rows = set(), []
    for number, values in enumerate(raw_rows, start=2):
        row = Row(number=number, values=values)
        _check(row, organisations)
        measure_number = row.cleaned.get("number")
        if measure_number in seen:
            row.errors.append(_("The same measure number appears earlier in the file."))
        seen.add(measure_number)
        if not row.errors:
            _compare(row, existing.get(measure_number), objectives)
        rows.append(row)
    return rows


def _check(row: Row, organisations: dict) -> None:
    values, cleaned, errors = row.values, row.cleaned, row.errors
    match = OBJECTIVE.match(values.get("objective", ""))
    if not match:
        errors.append(_("The objective must start with its number, e.g. “1. Prevention”."))
    else:
        cleaned["objective"] = (match["number"].rstrip("."), match["title"].strip())
    cleaned["objective_en"] = values.get("objective_en", "")
    cleaned["objective_ru"] = values.get("objective_ru", "")
    cleaned["number"] = values.get("number", "").rstrip(".")[:20]
    if not cleaned["number"]:
        errors.append(_("The measure has no number."))
    for language in ("", "_en", "_ru"):
        cleaned[f"text{language or '_ro'}"] = values.get(f"measure{language}", "")
    if not cleaned["text_ro"]:
        errors.append(_("The measure has no text."))
    for name in ("responsible", "partners"):
        cleaned[name] = _organisations_in(values.get(name, ""), organisations, errors)
    if not cleaned["responsible"]:
        errors.append(_("Name at least one responsible institution."))
    cleaned["indicators"] = _indicators(values.get("indicators", ""), errors)
    cleaned["deadline"] = _deadline(values.get("deadline", ""), errors)


def _organisations() -> dict:
    table = {}
    for org in Organisation.objects.all():
        for text in (org.acronym, org.slug, org.name_ro, org.name_en, org.name_ru):
            if text:
                table.setdefault(fold(text).strip(), org)
    return table


def _organisations_in(text: str, table: dict, errors: list) -> list:
    found = []
    for name in filter(None, (part.strip() for part in LIST_SPLIT.split(text))):
        org = table.get(fold(name).strip())
        if org is None:
            errors.append(
                _("Institution “%(value)s” is not in the network directory.") % {"value": name}
            )
        elif org not in found:
            found.append(org)
    return found


def _indicators(text: str, errors: list) -> list[tuple[str, Decimal | None]]:
    indicators = []
    for line in filter(None, (part.strip() for part in text.split("\n"))):
        name, _sep, target = line.rpartition(":") if ":" in line else (line, "", "")
        try:
            value = Decimal(target.strip().replace(",", ".")) if target.strip() else None
        except InvalidOperation:
            errors.append(_("Target “%(value)s” is not a number.") % {"value": target.strip()})
            value = None
        if value is not None and not (0 <= value < 10**10):
            errors.append(_("Target “%(value)s” is out of range.") % {"value": target.strip()})
            value = None
        indicators.append((name.strip()[:500], value))
    return indicators


def _deadline(text: str, errors: list) -> dt.date | None:
    text = text.strip().split(" ")[0] if text.strip() else ""
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    if text.isdigit() and len(text) == 4:
        return dt.date(int(text), 12, 31)  # "2009": the end of that year
    errors.append(_("Deadline “%(value)s” is not a date (31.12.2009 or 2009).") % {"value": text})
    return None


def _compare(row: Row, measure: Measure | None, objectives: dict) -> None:
    cleaned = row.cleaned
    if measure is None:
        row.action = "create"
        return
    changes = []
    objective = objectives.get(cleaned["objective"][0])
    if objective is None or objective.pk != measure.objective_id:
        changes.append(_("objective"))
    elif objective.title_ro != cleaned["objective"][1]:
        changes.append(_("objective's title"))
    for name, label in (("text_ro", _("text")), ("text_en", _("text (English)")),
                        ("text_ru", _("text (Russian)"))):  # fmt: skip
        if cleaned[name] and getattr(measure, name) != cleaned[name]:
            changes.append(label)
    if measure.deadline != cleaned["deadline"]:
        changes.append(_("deadline"))
    for name, label in (("responsible", _("responsible")), ("partners", _("partners"))):
        if {o.pk for o in getattr(measure, name).all()} != {o.pk for o in cleaned[name]}:
            changes.append(label)
    current = [(i.name_ro, i.target) for i in measure.indicators.all()]
    if current != cleaned["indicators"]:
        changes.append(_("indicators"))
    row.changes = [str(change) for change in changes]
    row.action = "change" if changes else "same"


@transaction.atomic
def rows_save(*, actor, plan: Plan, rows: list[Row]) -> dict[str, int]:
    """Create or update every row's measure; refuses if any row has a problem."""
    if any(row.errors for row in rows):
        raise ValueError("rows with problems cannot be saved")
    counts = {"create": 0, "change": 0, "same": 0}
    for order, row in enumerate(rows, start=1):
        counts[row.action] += 1
        if row.action != "same":
            _measure_save(plan, row.cleaned, order)
    log_action(actor=actor, action="actionplans.import", obj=plan, data=counts)
    return counts


def _objective(plan: Plan, cleaned: dict) -> Objective:
    number, title = cleaned["objective"]
    objective, _created = Objective.objects.get_or_create(
        plan=plan, number=number, defaults={"title_ro": title, "order": plan.objectives.count()}
    )
    objective.title_ro = title
    objective.title_en = cleaned["objective_en"] or objective.title_en
    objective.title_ru = cleaned["objective_ru"] or objective.title_ru
    objective.save()
    return objective


def _measure_save(plan: Plan, cleaned: dict, order: int) -> None:
    measure = Measure.objects.filter(plan=plan, number=cleaned["number"]).first() or Measure(
        plan=plan, number=cleaned["number"]
    )
    measure.objective = _objective(plan, cleaned)
    for name in ("text_ro", "text_en", "text_ru"):
        setattr(measure, name, cleaned[name] or getattr(measure, name))
    measure.deadline, measure.order = cleaned["deadline"], order
    measure.full_clean()
    measure.save()
    measure.responsible.set(cleaned["responsible"])
    measure.partners.set(cleaned["partners"])
    indicators = list(measure.indicators.order_by("order", "pk"))
    for position, (name, target) in enumerate(cleaned["indicators"]):
        indicator = (
            indicators[position] if position < len(indicators) else Indicator(measure=measure)
        )
        indicator.name_ro, indicator.target, indicator.order = name, target, position
        indicator.save()
    for extra in indicators[len(cleaned["indicators"]) :]:
        extra.delete()
