"""Who funded a conference participation and what it cost: validated, kept for coordinators."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from atnet.network.models import Membership, Role
from atnet.support import services
from atnet.support.models import Conference, ConferenceParticipation
from atnet.trainings.tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def participation():
    conference = Conference.objects.create(
        slug="alliance", title_en="Alliance conference", city="Vienna", country="AT",
        start_date=dt.date(2025, 4, 7), end_date=dt.date(2025, 4, 9),
    )  # fmt: skip
    return ConferenceParticipation.objects.create(
        conference=conference, full_name="Ana Rusu", organisation=OrganisationFactory(),
        role="speaker", start_date=dt.date(2025, 4, 7), end_date=dt.date(2025, 4, 9),
        costs_covered=["travel", "per_diem"],
    )  # fmt: skip


@pytest.fixture
def funder():
    return OrganisationFactory(name_ro="OIM Moldova", slug="oim", type="international")


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def test_it_rejects_an_amount_without_a_currency(coordinator, participation):
    participation.cost_amount = Decimal("1240")
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            services.participation_save(actor=coordinator, participation=participation)
        assert error.value.message_dict == {"cost_currency": ["Give the currency of the cost."]}


def test_it_rejects_a_currency_without_an_amount(coordinator, participation):
    participation.cost_currency = "USD"
    with pytest.raises(ValidationError) as error:
        services.participation_save(actor=coordinator, participation=participation)
    assert list(error.value.message_dict) == ["cost_amount"]


def test_it_rejects_a_negative_cost(coordinator, participation):
    participation.cost_amount, participation.cost_currency = Decimal("-5"), "EUR"
    with pytest.raises(ValidationError) as error:
        services.participation_save(actor=coordinator, participation=participation)
    assert list(error.value.message_dict) == ["cost_amount"]


def test_it_keeps_a_funder_and_a_cost_in_its_currency(coordinator, participation, funder):
    participation.funded_by = funder
    participation.cost_amount, participation.cost_currency = Decimal("1385.50"), "USD"
    services.participation_save(actor=coordinator, participation=participation)
    participation.refresh_from_db()
    assert participation.cost_display == "1.385,50 USD"  # Romanian number format
    assert participation.funded_by == funder


def test_a_coordinator_edits_the_funder_and_cost_and_sees_them(
    coordinator_client, participation, funder
):
    edit = reverse("wagtailsnippets_support_conferenceparticipation:edit", args=[participation.pk])
    form = coordinator_client.get(edit).context["form"]
    data = {name: value for name, value in form.initial.items() if value not in (None, [])}
    data.update(funded_by=funder.pk, cost_amount="965", cost_currency="EUR")
    response = coordinator_client.post(edit, data)
    assert response.status_code == 302, response.context["form"].errors
    participation.refresh_from_db()
    assert (participation.funded_by, participation.cost_amount) == (funder, Decimal("965"))
    text = coordinator_client.get("/en/workspace/support/").content.decode()
    assert "Ana Rusu" in text and "OIM Moldova" in text and "965.00 EUR" in text


def test_a_member_sees_neither_participations_nor_costs(client, participation, funder):
    participation.funded_by = funder
    participation.cost_amount, participation.cost_currency = Decimal("4321"), "EUR"
    participation.save()
    user = UserFactory()
    Membership.objects.create(user=user, organisation=OrganisationFactory(), role=Role.MEMBER)
    client.force_login(user)
    response = client.get("/en/workspace/support/")
    assert response.status_code == 200
    assert "4,321" not in response.content.decode() and "OIM" not in response.content.decode()


def test_a_participation_without_a_cost_has_no_currency(participation):
    # The former `currency` had EUR by default even without an amount; it is now empty.
    assert participation.cost_currency == ""
    participation.full_clean()
