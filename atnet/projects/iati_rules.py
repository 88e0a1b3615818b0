"""An evaluator of the IATI Standard Ruleset (JSON rulesets, SPEC.rst "JS edition").

It runs the rule kinds the 2.03 Standard Ruleset uses against an IATI XML document
with lxml's XPath 1.0 and returns the failed cases (rule id, severity, message).
The registry look-ups of the IATI Validator (idCondition NOT_EXISTING_ORG_ID...) are
not available offline: a reference is treated as not registered, so the prefix
rules always apply, which is the stricter reading.
"""

import datetime as dt
import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from lxml import etree

NOW = "NOW"


class Failure(dict):
    """One failed case: its `id`, `severity`, `message` and the context element's path."""


def load(path: Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def evaluate(document: bytes, ruleset: dict, *, id_sets: dict | None = None, today=None):
    tree = etree.fromstring(document)
    today = today or dt.date.today()
    failures = []
    for context, rules in ruleset.items():
        for element in tree.getroottree().xpath(context):
            for kind, rule in rules.items():
                for case in rule["cases"]:
                    failures += _case(kind, case, element, id_sets or {}, today)
    return failures


def _values(element, path: str) -> list:
    result = element.xpath(path)
    if not isinstance(result, list):
        return [result]
    return [item if isinstance(item, str) else (item.text or "") for item in result]


def _nodes(element, paths) -> list:
    return [item for path in paths for item in element.xpath(path)]


def _text(item) -> str:
    return item if isinstance(item, str) else (item.text or "")


def _date(element, path: str, today):
    if path == NOW:
        return today
    values = _values(element, path)
    if not values or not values[0]:
        return None
    try:
        return dt.date.fromisoformat(values[0][:10])
    except ValueError:
        return None


def _case(kind, case, element, id_sets, today) -> list:
    if "condition" in case and not element.xpath(f"boolean({case['condition']})"):
        return []
    passed = CHECKS[kind](case, element, id_sets, today)
    if isinstance(passed, list):  # a loop returns its inner failures
        return passed
    if passed:
        return []
    info = case.get("ruleInfo", {})
    return [
        Failure(
            id=info.get("id"),
            severity=info.get("severity"),
            message=info.get("message"),
            where=element.getroottree().getpath(element),
        )
    ]


def _atleast_one(case, element, *_):
    return bool(_nodes(element, case["paths"]))


def _no_more_than_one(case, element, *_):
    return len(_nodes(element, case["paths"])) <= 1


def _unique(case, element, *_):
    texts = [_text(item) for item in _nodes(element, case["paths"])]
    return len(texts) == len(set(texts))


def _one_or_all(case, element, *_):
    if element.xpath(case["one"]):
        return True
    # "all": every descendant that may carry the attribute (e.g. narrative/@xml:lang) has it.
    name = case["all"]
    attribute = "{http://www.w3.org/XML/1998/namespace}lang" if name == "lang" else name
    children = element.xpath(".//narrative") if name == "lang" else element.xpath(".//value")
    if name == "sector":
        return bool(element.xpath("transaction/sector"))
    return bool(children) and all(child.get(attribute) for child in children)


def _date_now(case, element, _ids, today):
    values = _values(element, case["date"])
    if not values or not values[0]:
        return True
    return dt.date.fromisoformat(values[0][:10]) <= today


def _all_dates(element, path: str, today) -> list:
    """Every date `path` matches (e.g. each transaction's), unparseable ones left out."""
    if path == NOW:
        return [today]
    dates = []
    for value in _values(element, path):
        try:
            dates.append(dt.date.fromisoformat(value[:10]))
        except ValueError:
            continue
    return dates


def _date_order(case, element, _ids, today):
    # Stricter than a first-match reading: every matched date is compared.
    less, more = _all_dates(element, case["less"], today), _all_dates(element, case["more"], today)
    return not less or not more or max(less) <= min(more)


def _time_limit(case, element, _ids, today):
    start, end = _date(element, case["start"], today), _date(element, case["end"], today)
    if start is None or end is None:
        return True
    try:
        year_later = start.replace(year=start.year + 1)
    except ValueError:  # 29 February
        year_later = start.replace(year=start.year + 1, day=28)
    return end <= year_later


def _between_dates(case, element, _ids, today):
    date = _date(element, case["date"], today)
    start, end = _date(element, case["start"], today), _date(element, case["end"], today)
    return None in (date, start, end) or start <= date <= end


def _regex_matches(case, element, *_):
    pattern = re.compile(case["regex"])
    return all(pattern.search(_text(item)) for item in _nodes(element, case["paths"]))


def _no_spaces(case, element, *_):
    return all(_text(item) == _text(item).strip() for item in _nodes(element, case["paths"]))


def _startswith(case, element, id_sets, _today):
    separator = case.get("separator", "")
    prefixes = []
    for prefix in case["prefix"]:
        if prefix in id_sets:
            prefixes += [f"{value}-" for value in id_sets[prefix]]
        else:
            prefixes += [f"{value}{separator}" for value in _values(element, prefix) if value]
    return all(
        any(_text(item).startswith(prefix) for prefix in prefixes)
        for item in _nodes(element, case["paths"])
    )


def _number(text):
    try:
        return Decimal(str(text).strip())
    except InvalidOperation:
        return None


def _strict_sum(case, element, *_):
    values = [_number(_text(item)) for item in _nodes(element, case["paths"])]
    return None not in values and sum(values, Decimal(0)) == Decimal(str(case["sum"]))


def _range(case, element, *_):
    low, high = (
        Decimal(str(case.get("min", "-Infinity"))),
        Decimal(str(case.get("max", "Infinity"))),
    )
    values = [_number(_text(item)) for item in _nodes(element, case["paths"])]
    return all(value is not None and low <= value <= high for value in values)


def _if_then(case, element, *_):
    if not element.xpath(f"boolean({case['if']})"):
        return True
    return bool(element.xpath(f"boolean({case['then']})"))


def _loop(case, element, id_sets, today):
    failures = []
    for value in sorted(set(_values(element, case["foreach"]))):
        for kind, rule in case["do"].items():
            for inner in rule["cases"]:
                substituted = json.loads(json.dumps(inner).replace("$1", value))
                failures += _case(kind, substituted, element, id_sets, today)
    return failures


CHECKS = {
    "atleast_one": _atleast_one,
    "no_more_than_one": _no_more_than_one,
    "unique": _unique,
    "one_or_all": _one_or_all,
    "date_now": _date_now,
    "date_order": _date_order,
    "time_limit": _time_limit,
    "between_dates": _between_dates,
    "regex_matches": _regex_matches,
    "no_spaces": _no_spaces,
    "startswith": _startswith,
    "strict_sum": _strict_sum,
    "range": _range,
    "if_then": _if_then,
    "loop": _loop,
}
