"""Form pieces shared by the apps."""

from django import forms

# The largest id a database column can hold (PostgreSQL bigint; SQLite's INTEGER).
MAX_ID = 2**63 - 1


def _out_of_range(value) -> bool:
    text = str(value).strip()
    return text.lstrip("-").isdigit() and not 0 <= int(text) <= MAX_ID


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
