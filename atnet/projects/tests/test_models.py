import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from atnet.network.tests.factories import OrganisationFactory
from atnet.projects.models import ProjectTransaction


def _errors(language="en", **fields) -> dict[str, list[str]]:
    values = {"type": "3", "date": dt.date(2025, 3, 1), "amount": Decimal("100"), **fields}
    transaction = ProjectTransaction(**values)
    with pytest.raises(ValidationError) as caught:
        transaction.full_clean(exclude=["project"])
    with translation.override(language):
        return caught.value.message_dict


def test_a_transaction_from_today_with_an_amount_is_valid():
    transaction = ProjectTransaction(type="2", date=timezone.localdate(), amount=Decimal("0"))
    transaction.full_clean(exclude=["project"])
    assert transaction.currency == "EUR"


def test_it_rejects_a_negative_amount():
    assert _errors(amount=Decimal("-1")) == {"amount": ["An amount cannot be negative."]}


def test_it_rejects_a_date_in_the_future_in_the_editors_language():
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    assert _errors(date=tomorrow) == {"date": ["A transaction cannot be dated in the future."]}
    assert _errors("ro", date=tomorrow) == {
        "date": ["O tranzacție nu poate avea o dată din viitor."]
    }
    assert _errors("ru", date=tomorrow) == {
        "date": ["Транзакция не может быть датирована будущим числом."]
    }


def test_it_rejects_a_date_before_2000():
    assert _errors(date=dt.date(1999, 12, 31)) == {"date": ["Give a date from 1 January 2000 on."]}


def test_it_rejects_an_unknown_type_or_currency():
    assert set(_errors(type="99", currency="GBP")) == {"type", "currency"}


@pytest.mark.django_db
def test_it_rejects_the_same_organisation_as_provider_and_receiver():
    organisation = OrganisationFactory()
    errors = _errors(provider=organisation, receiver=organisation)
    assert errors == {
        "receiver": ["The provider and the receiver must be different organisations."]
    }
