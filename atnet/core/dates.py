"""Dates as each language writes them, for pages, PDFs, feeds, calendars and emails.

The formats themselves are in `atnet/formats/<lang>/formats.py` (Django's
FORMAT_MODULE_PATH): "17 decembrie 2026", "17 декабря 2026 г.",
"17 December 2026". Use the names (`DATE_FORMAT`, `DATETIME_FORMAT`,
`SHORT_DATE_FORMAT`), never a pattern of your own.

Month names: Django's Romanian catalogue capitalises them ("Decembrie"), which
Romanian does not. The same message ids are listed here so that they are kept
in our own catalogue (`atnet/locale`), which Django reads before its own; the
Romanian entries there are in lowercase.
"""

import datetime as dt

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy, pgettext_lazy

MONTHS = (
    gettext_lazy("January"),
    gettext_lazy("February"),
    gettext_lazy("March"),
    gettext_lazy("April"),
    gettext_lazy("May"),
    gettext_lazy("June"),
    gettext_lazy("July"),
    gettext_lazy("August"),
    gettext_lazy("September"),
    gettext_lazy("October"),
    gettext_lazy("November"),
    gettext_lazy("December"),
)
# The form after a day number ("17 decembrie", "17 декабря"): Django's `E`.
MONTHS_AFTER_DAY = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)


def as_date(value) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def date_span(start, end) -> str:
    """Two dates with what they share written once.

    "17–19 decembrie 2026", "30 noiembrie – 2 decembrie 2026",
    "30 decembrie 2026 – 2 ianuarie 2027"; one day when both are the same.
    Every language here writes the day before the month, so the shapes are common.
    """
    start, end = as_date(start), as_date(end)
    if end is None or end == start:
        return date_format(start, "DATE_FORMAT")
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{date_format(end, 'DATE_FORMAT')}"
    if start.year == end.year:
        return f"{date_format(start, 'MONTH_DAY_FORMAT')} – {date_format(end, 'DATE_FORMAT')}"
    return f"{date_format(start, 'DATE_FORMAT')} – {date_format(end, 'DATE_FORMAT')}"
