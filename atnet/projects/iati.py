"""IATI 2.03 activity XML for the public projects.

One `iati-activity` per project (its Romanian page and its translations are one
activity): titles, descriptions, result and indicator titles carry one
`narrative` per language with `xml:lang`.

The seven domains: a custom sector vocabulary
------------------------------------------------
The programme's seven domains are not a standard IATI codelist, so they are
exported as `sector` elements with `vocabulary="99"` (IATI's "Reporting
Organisation" sector vocabulary) and `vocabulary-uri` pointing at
`/api/v1/projects/domains`, which lists the codes with their names in
Romanian, English and Russian:

    trafficking_prevention   Prevention of trafficking in human beings, including children
    protection_assistance    Protection and assistance of vulnerable persons
    gender_equality_dv       Gender equality and combating domestic violence
    womens_rights_peace      Women's rights and peace-building
    migration_policy         Migration policy
    capacity_building        Capacity building of anti-trafficking and gender actors
    anti_discrimination      Preventing and combating discrimination

A project with several domains splits 100 % evenly among them, as IATI
requires percentages to add up to 100 within one vocabulary.

Each domain is also given its OECD DAC 5-digit purpose code (vocabulary 1), so
readers that know only the DAC codes can still place the project; domains that
share a DAC code add their shares. Every project carries the gender-equality
policy marker (DAC vocabulary 1, code 1): principal (2) when one of its domains
is about gender equality or women's rights, significant (1) otherwise. The
budget is split into periods of at most a year (IATI rule 7.5.3), the amount
shared by days.

Transactions are the Romanian page's, like the budget, up to today (IATI rules
11.2.1 and 11.2.2: neither the transaction date nor the value date may be in the
future); the value date is the transaction date. Provider and receiver are named
in the three languages, with the organisation type as for participating
organisations (the network's organisations have no IATI identifier to give).

Other mappings (IATI codelists): status pipeline 1, implementation 2,
completed 4, cancelled 5, suspended 6; partner role funder 1 (Funding),
implementer 4 (Implementing); beneficiaries have no participating-org role in
IATI and are listed in a "target groups" description (type 3); level national
4, regional 5, local 6 (activity scope). Units are `location` elements whose
`ref` is the ISO 3166-2:MD code. The reporting organisation comes from the
settings `ATNET_IATI_ORG_REF` (from the environment) and `ATNET_IATI_ORG_TYPE`; the
reference must start with an organisation registration agency's prefix, such as
`MD-IDNO-<the IDNO>` for an organisation registered in Moldova (checked by
`org_ref_problem` and a system check).
"""

import datetime as dt
import mimetypes
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from decimal import ROUND_DOWN, Decimal

from django.conf import settings
from django.utils import timezone, translation

from atnet.network.models import Domain

from .models import PartnerRole, ProjectPage
from .selectors import public_projects, recorded_transactions

IATI_VERSION = "2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DOMAIN_VOCABULARY = "99"
LANGUAGES = ("ro", "en", "ru")
STATUS_CODES = {
    "pipeline": "1",
    "implementation": "2",
    "completed": "4",
    "cancelled": "5",
    "suspended": "6",
}
ROLE_CODES = {PartnerRole.FUNDER: "1", PartnerRole.IMPLEMENTER: "4"}
SCOPE_CODES = {"national": "4", "regional": "5", "local": "6"}
ORG_TYPE_CODES = {
    "central_authority": "10",
    "police": "10",
    "prosecution": "10",
    "court": "10",
    "local_authority": "11",
    "ngo": "22",
    "international": "40",
    "social_service": "22",
}
REPORTING_ORG_NAMES = {
    "ro": "Rețeaua Antitrafic și Gender din Republica Moldova",
    "en": "Anti-trafficking and gender network of Moldova",
    "ru": "Сеть по противодействию торговле людьми и гендерным вопросам Молдовы",
}


# OECD DAC 5-digit purpose codes (sector vocabulary 1) for the seven domains.
DAC_SECTORS = {
    "trafficking_prevention": "15160",  # Human rights
    "protection_assistance": "16010",  # Social protection
    "gender_equality_dv": "15180",  # Ending violence against women and girls
    "womens_rights_peace": "15170",  # Women's rights organisations and movements
    "migration_policy": "15190",  # Facilitation of orderly, safe, regular migration
    "capacity_building": "15130",  # Legal and judicial development
    "anti_discrimination": "15160",  # Human rights
}
GENDER_DOMAINS = {"gender_equality_dv", "womens_rights_peace"}
# Registration agencies (org-id.guide / IATI OrganisationRegistrationAgency) whose
# identifiers the network's publisher can use; MD-IDNO is Moldova's State register (IDNO).
ORG_ID_PREFIXES = ("MD-IDNO", "XI-IATI", "XM-DAC", "XM-OCHA")
ORG_REF = re.compile(r"^[A-Z]{2}-[A-Z0-9_]+-[^\s/&|?]+$")
PLACEHOLDER_ORG_REF = "XX-ATNET"


def org_ref_problem(ref: str) -> str:
    """Why `ref` is not an IATI organisation identifier, or "" when it is one."""
    if not ref:
        return "ATNET_IATI_ORG_REF is not set"
    if not ORG_REF.match(ref):
        return f"{ref!r} is not of the form AGENCY-CODE-IDENTIFIER (e.g. MD-IDNO-1003600012345)"
    if not ref.startswith(tuple(f"{prefix}-" for prefix in ORG_ID_PREFIXES)):
        return f"{ref!r} does not start with a known registration agency prefix"
    return ""


def _org_ref() -> str:
    return getattr(settings, "ATNET_IATI_ORG_REF", "") or PLACEHOLDER_ORG_REF


def _narratives(parent: ET.Element, texts: dict[str, str]) -> ET.Element:
    for language in LANGUAGES:
        if texts.get(language):
            ET.SubElement(parent, "narrative", {XML_LANG: language}).text = texts[language]
    return parent


def _sub(parent, tag, texts=None, **attrs) -> ET.Element:
    element = ET.SubElement(parent, tag, {k.replace("_", "-"): str(v) for k, v in attrs.items()})
    return _narratives(element, texts) if texts is not None else element


def _in_languages(getter, organisation) -> dict[str, str]:
    """A model's per-language text (e.g. an organisation's name) for each language."""
    texts = {}
    for language in LANGUAGES:
        with translation.override(language):
            texts[language] = str(getter(organisation))
    return texts


def export_activities(*, base_url: str) -> bytes:
    """The IATI XML document of every live public project."""
    groups: dict = defaultdict(dict)
    for page in public_projects():
        groups[page.translation_key][page.locale.language_code] = page
    root = ET.Element(
        "iati-activities",
        {
            "version": IATI_VERSION,
            "generated-datetime": timezone.now().isoformat(timespec="seconds"),
        },
    )
    for versions in groups.values():
        root.append(_activity(versions, base_url))
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _activity(versions: dict[str, ProjectPage], base_url: str) -> ET.Element:
    source = versions.get("ro") or next(iter(versions.values()))
    activity = ET.Element("iati-activity", _activity_attributes(source))
    _sub(activity, "iati-identifier").text = (
        source.iati_identifier or f"{_org_ref()}-{source.translation_key}"
    )
    reporting = _sub(
        activity,
        "reporting-org",
        ref=_org_ref(),
        type=getattr(settings, "ATNET_IATI_ORG_TYPE", "90"),
    )
    _narratives(reporting, REPORTING_ORG_NAMES)
    _sub(activity, "title", _texts(versions, "title"))
    _descriptions(activity, source, versions)
    _participants(activity, source)
    _sub(activity, "activity-status", code=STATUS_CODES[source.status])
    _dates(activity, source)
    _sub(activity, "activity-scope", code=SCOPE_CODES[source.level])
    _sub(activity, "recipient-country", code="MD")
    _locations(activity, source)
    _sectors(activity, source, base_url)
    _policy_markers(activity, source)
    _budget(activity, source)
    _transactions(activity, source)
    _documents(activity, source, versions, base_url)
    _results(activity, source, versions)
    return activity


def _activity_attributes(source: ProjectPage) -> dict:
    attributes = {XML_LANG: "ro", "default-currency": source.currency}
    if source.last_published_at:
        attributes["last-updated-datetime"] = source.last_published_at.isoformat(timespec="seconds")
    return attributes


def _texts(versions: dict, field: str) -> dict[str, str]:
    return {language: getattr(page, field) for language, page in versions.items()}


def _descriptions(activity, source, versions) -> None:
    general = {language: page.intro or page.title for language, page in versions.items()}
    _sub(activity, "description", general, type="1")
    beneficiaries = [
        p.organisation for p in source.partners.all() if p.role == PartnerRole.BENEFICIARY
    ]
    if beneficiaries:
        names = [_in_languages(lambda org: org.name, org) for org in beneficiaries]
        texts = {language: "; ".join(name[language] for name in names) for language in LANGUAGES}
        _sub(activity, "description", texts, type="3")


def _participants(activity, source) -> None:
    partners = [p for p in source.partners.all() if p.role in ROLE_CODES]
    for partner in partners:
        organisation = partner.organisation
        _organisation(activity, "participating-org", organisation, role=ROLE_CODES[partner.role])
    if not partners:
        # IATI requires one participating organisation: the publisher is accountable.
        _narratives(
            _sub(activity, "participating-org", role="2", ref=_org_ref()), REPORTING_ORG_NAMES
        )


def _organisation(parent, tag: str, organisation, **attrs) -> ET.Element:
    element = _sub(parent, tag, **attrs)
    element.set("type", ORG_TYPE_CODES.get(organisation.type, "90"))
    return _narratives(element, _in_languages(lambda org: org.name, organisation))


def _dates(activity, source) -> None:
    for code, value in (
        ("1", source.planned_start),
        ("2", source.actual_start),
        ("3", source.planned_end),
        ("4", source.actual_end),
    ):
        if value:
            _sub(activity, "activity-date", type=code, iso_date=value.isoformat())


def _locations(activity, source) -> None:
    for unit in source.units.all():
        location = _sub(activity, "location", ref=unit.code)
        _sub(location, "name", {"ro": unit.name_ro, "en": unit.name_en, "ru": unit.name_ru})


def _sectors(activity, source, base_url: str) -> None:
    domains = [value for value in source.domains if value in Domain.values]
    for domain, share in zip(domains, _shares(len(domains)), strict=True):
        texts = _in_languages(lambda value: Domain(value).label, domain)
        element = _sub(activity, "sector", texts, vocabulary=DOMAIN_VOCABULARY, code=domain)
        element.set("vocabulary-uri", f"{base_url}/api/v1/projects/domains")
        if len(domains) > 1:
            element.set("percentage", str(share))
    if domains:
        _dac_sectors(activity, domains)


def _dac_sectors(activity, domains: list[str]) -> None:
    shares: dict[str, Decimal] = defaultdict(Decimal)
    for domain, share in zip(domains, _shares(len(domains)), strict=True):
        shares[DAC_SECTORS[domain]] += share
    for code, share in shares.items():
        element = _sub(activity, "sector", vocabulary="1", code=code)
        if len(shares) > 1:
            element.set("percentage", str(share))


def _policy_markers(activity, source) -> None:
    principal = any(domain in GENDER_DOMAINS for domain in source.domains)
    _sub(
        activity, "policy-marker", vocabulary="1", code="1", significance="2" if principal else "1"
    )


def _shares(count: int) -> list[Decimal]:
    """`count` percentages with two decimals that add up to exactly 100."""
    if not count:
        return []
    share = (Decimal(100) / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    return [share] * (count - 1) + [Decimal(100) - share * (count - 1)]


def _budget(activity, source) -> None:
    if source.budget is None or not source.planned_end:
        return
    start = source.planned_start or source.actual_start
    if not start or start > source.planned_end:
        return
    for period_start, period_end, amount in budget_periods(
        start, source.planned_end, source.budget
    ):
        budget = _sub(activity, "budget", type="1", status="1")
        _sub(budget, "period-start", iso_date=period_start.isoformat())
        _sub(budget, "period-end", iso_date=period_end.isoformat())
        value = _sub(budget, "value", currency=source.currency, value_date=period_start.isoformat())
        value.text = f"{amount:.2f}"


def _transactions(activity, source) -> None:
    language = source.locale.language_code
    for item in recorded_transactions(source):
        transaction = _sub(activity, "transaction")
        _sub(transaction, "transaction-type", code=item.type)
        _sub(transaction, "transaction-date", iso_date=item.date.isoformat())
        value = _sub(transaction, "value", currency=item.currency, value_date=item.date.isoformat())
        value.text = f"{item.amount:.2f}"
        if item.description:
            _sub(transaction, "description", {language: item.description})
        if item.provider:
            _organisation(transaction, "provider-org", item.provider)
        if item.receiver:
            _organisation(transaction, "receiver-org", item.receiver)


def _year_later(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def budget_periods(start: dt.date, end: dt.date, total: Decimal):
    """(start, end, amount) periods of at most a year covering start..end; amounts by days.

    Each period ends the day before the next begins; the last takes what rounding
    left, so the amounts add up to `total` exactly.
    """
    bounds = []
    current = start
    while current <= end:
        period_end = min(_year_later(current) - dt.timedelta(days=1), end)
        bounds.append((current, period_end))
        current = period_end + dt.timedelta(days=1)
    days = (end - start).days + 1
    amounts = [
        (total * ((b - a).days + 1) / days).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        for a, b in bounds[:-1]
    ]
    amounts.append(total - sum(amounts, Decimal(0)))
    return [(a, b, amount) for (a, b), amount in zip(bounds, amounts, strict=True)]


def _documents(activity, source, versions, base_url: str) -> None:
    for language, page in versions.items():
        link = _sub(activity, "document-link", url=f"{base_url}{page.url}", format="text/html")
        _sub(link, "title", {language: page.title})
        _sub(link, "category", code="A12")  # Activity web page
        _sub(link, "language", code=language)
    for document in source.documents.all():
        url = document.url if document.url.startswith("http") else f"{base_url}{document.url}"
        mime = mimetypes.guess_type(url)[0] or "text/html"
        link = _sub(activity, "document-link", url=url, format=mime)
        _sub(
            link,
            "title",
            {document.language if document.language in LANGUAGES else "ro": document.title},
        )
        _sub(link, "category", code="A01")  # Pre- and post-project impact appraisal
        _sub(link, "language", code=document.language)


def _results(activity, source, versions) -> None:
    """Results grouped by name; each language's indicators are matched by position."""
    indicators = {language: list(page.indicators.all()) for language, page in versions.items()}
    groups: dict[str, list[int]] = defaultdict(list)
    for position, indicator in enumerate(indicators[source.locale.language_code]):
        groups[indicator.result].append(position)
    for positions in groups.values():
        result = _sub(activity, "result", type="1")
        _sub(result, "title", _positional(indicators, positions[0], "result"))
        for position in positions:
            _indicator(result, source, indicators, position)


def _positional(indicators: dict, position: int, field: str) -> dict[str, str]:
    return {
        language: getattr(items[position], field)
        for language, items in indicators.items()
        if position < len(items)
    }


def _indicator(result, source, indicators, position) -> None:
    item = indicators[source.locale.language_code][position]
    element = _sub(result, "indicator", measure="1", ascending="true")
    _sub(element, "title", _positional(indicators, position, "indicator"))
    if item.baseline is not None and item.baseline_year:
        _sub(element, "baseline", year=item.baseline_year, value=_number(item.baseline))
    start, end = (
        source.actual_start or source.planned_start,
        source.actual_end or source.planned_end,
    )
    if end and (item.target is not None or item.actual is not None):
        period = _sub(element, "period")
        _sub(period, "period-start", iso_date=start.isoformat())
        _sub(period, "period-end", iso_date=end.isoformat())
        if item.target is not None:
            _sub(period, "target", value=_number(item.target))
        if item.actual is not None:
            _sub(period, "actual", value=_number(item.actual))


def _number(value: Decimal) -> str:
    """A plain decimal (100, 12.5), never the exponent form Decimal.normalize() may give."""
    return format(value.normalize(), "f")
