"""Form pieces shared by the apps."""

import re

from django import forms

# The largest id a database column can hold (PostgreSQL bigint; SQLite's INTEGER).
MAX_ID = 2**63 - 1
_ASCII_INTEGER = re.compile(r"-?[0-9]{1,30}")


# The years a form or query parameter accepts (reports, trainings): wide enough for
# any record of the programme, narrow enough that no date arithmetic overflows.
MIN_YEAR, MAX_YEAR = 2000, 2100


def ascii_int(value, low: int = 0, high: int = MAX_ID) -> int | None:
    """The integer a query parameter spells in ASCII digits within [low, high], else None.

    `str.isdigit()` is true for "²" and "١٢", which int() refuses or reads: only
    ASCII digits are a number here, and no more of them than a column holds.
    """
    text = str(value).strip()
    if not _ASCII_INTEGER.fullmatch(text):
        return None
    number = int(text)
    return number if low <= number <= high else None


def _out_of_range(value) -> bool:
    """A value that looks like a number (any script's digits) but is not a valid id."""
    text = str(value).strip()
    if not text.lstrip("-").isdigit():
        return False  # not a number at all: the field's own lookup refuses it
    return ascii_int(text) is None


def _checked_clean(field: forms.ModelChoiceField):
    clean = field.clean

    def clean_within_range(value):
        values = value if isinstance(value, (list, tuple)) else [value]
        for item in values:
            if _out_of_range(item):
                raise forms.ValidationError(
                    field.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )
        return clean(value)

    return clean_within_range


class BoundedChoicesMixin:
    """Model choice fields refuse an id no database column can hold, before the query.

    Django puts the typed id straight into the query: SQLite raises OverflowError,
    PostgreSQL an out-of-range error, and the visitor would get a 500.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                field.clean = _checked_clean(field)
