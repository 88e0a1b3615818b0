"""A list of values from one set of choices, stored so SQLite and PostgreSQL agree."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ChoiceListField(models.JSONField):
    """A JSON list of choice values (e.g. the domains of an organisation).

    PostgreSQL has arrays but SQLite has not; a JSON list works on both and
    keeps the values in one column, so listings need no extra join.
    `item_choices` is a form/validation concern only and stays out of
    migrations.
    """

    def __init__(self, *args, item_choices=None, **kwargs):
        self.item_choices = list(item_choices or [])
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {choice[0] for choice in self.item_choices}
        if allowed and not set(value or []) <= allowed:
            raise ValidationError(_("Choose values from the list."), code="invalid_choice")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


def choice_list_contains(field_name: str, value: str) -> Q:
    """A filter for rows whose list `field_name` holds `value`, on every backend."""
    if connection.features.supports_json_field_contains:
        return Q(**{f"{field_name}__contains": [value]})
    # SQLite stores the list as text: match the quoted value, which no other
    # value of the same choices contains (they are distinct snake_case words).
    return Q(**{f"{field_name}__icontains": f'"{value}"'})
