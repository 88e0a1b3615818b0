"""Amounts of money on records: the currencies the programme pays in, and the rule
that an amount and its currency come together (trainings, support)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Currency(models.TextChoices):
    MDL = "MDL", "MDL"
    EUR = "EUR", "EUR"
    USD = "USD", "USD"


def cost_errors(amount, currency: str) -> dict:
    """An amount without its currency, or a currency without an amount, is not a cost."""
    if amount is not None and not currency:
        return {"cost_currency": _("Give the currency of the cost.")}
    if amount is None and currency:
        return {"cost_amount": _("Give the amount of the cost, or leave the currency empty.")}
    return {}
