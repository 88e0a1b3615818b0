"""Who funded a session and what it cost: validated, edited by coordinators, never public."""

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from atnet.portal.services import site_ensure
from atnet.trainings.models import Session, TrainingIndexPage

from .factories import OrganisationFactory, SessionFactory, focal_point

pytestmark = pytest.mark.django_db


@pytest.fixture
def funder():
    return OrganisationFactory(
        name_ro="Misiunea OSCE în Moldova", slug="osce", type="international"
    )


def test_it_rejects_an_amount_without_a_currency():
    session = SessionFactory.build(unit=SessionFactory().unit, cost_amount=Decimal("100"))
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            session.full_clean(exclude=["course", "code"])
        assert error.value.message_dict["cost_currency"] == ["Give the currency of the cost."]


def test_it_rejects_a_currency_without_an_amount():
    session = SessionFactory()
    session.cost_currency = "EUR"
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert list(error.value.message_dict) == ["cost_amount"]


def test_it_rejects_a_negative_cost_and_an_unknown_currency():
    session = SessionFactory()
    session.cost_amount, session.cost_currency = Decimal("-1"), "GBP"
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert {"cost_amount", "cost_currency"} <= set(error.value.message_dict)


def test_it_accepts_a_cost_with_its_currency_and_a_funder_alone(funder):
    session = SessionFactory(funded_by=funder)
    session.full_clean()
    session.cost_amount, session.cost_currency = Decimal("0"), "MDL"
    session.full_clean()


def test_a_coordinator_edits_the_funder_and_cost_and_sees_them(coordinator_client, funder):
    session = SessionFactory()
    edit = reverse("wagtailsnippets_trainings_session:edit", args=[session.pk])
    form = coordinator_client.get(edit).context["form"]
    assert {"funded_by", "cost_amount", "cost_currency"} <= set(form.fields)
    data = {name: value for name, value in form.initial.items() if value not in (None, [])}
    data.update(funded_by=funder.pk, cost_amount="12500.50", cost_currency="EUR", trainers=[])
    response = coordinator_client.post(edit, data)
    assert response.status_code == 302, response.context["form"].errors
    session.refresh_from_db()
    assert (session.funded_by, session.cost_amount, session.cost_currency) == (
        funder,
        Decimal("12500.50"),
        "EUR",
    )
    page = coordinator_client.get(f"/en/workspace/trainings/sessions/{session.pk}/")
    text = page.content.decode()
    assert "Misiunea OSCE în Moldova" in text and "12,500.50 EUR" in text
    listing = coordinator_client.get("/admin/snippets/trainings/session/").content.decode()
    assert "12.500,50 EUR" in listing  # the admin speaks Romanian here


def test_the_admin_form_explains_an_amount_without_currency(coordinator_client):
    session = SessionFactory()
    edit = reverse("wagtailsnippets_trainings_session:edit", args=[session.pk])
    form = coordinator_client.get(edit).context["form"]
    data = {name: value for name, value in form.initial.items() if value not in (None, [])}
    data.update(cost_amount="300", trainers=[])
    response = coordinator_client.post(edit, data)
    assert response.status_code == 200
    # The admin speaks Romanian here.
    assert response.context["form"].errors["cost_currency"] == ["Indicați moneda costului."]
    assert Session.objects.get(pk=session.pk).cost_amount is None


def test_a_focal_point_does_not_see_the_cost(client, funder):
    session = SessionFactory(funded_by=funder, cost_amount=Decimal("4321"), cost_currency="USD")
    client.force_login(focal_point(OrganisationFactory()))
    response = client.get(f"/en/workspace/trainings/sessions/{session.pk}/")
    assert response.status_code == 200
    assert "4,321" not in response.content.decode() and "OSCE" not in response.content.decode()


def test_the_public_api_never_carries_funder_or_cost(client, funder):
    SessionFactory(funded_by=funder, cost_amount=Decimal("98765.43"), cost_currency="EUR")
    response = client.get("/api/v1/trainings/sessions?lang=ro")
    body = response.content.decode()
    assert len(json.loads(body)["items"]) == 1
    for secret in ("98765", "OSCE", "funded_by", "cost"):
        assert secret not in body


def test_the_public_trainings_page_never_shows_funder_or_cost(client, funder):
    home = site_ensure()
    page = TrainingIndexPage(title="Instruiri", slug="trainings")
    home.add_child(instance=page)
    page.save_revision().publish()
    SessionFactory(
        funded_by=funder, cost_amount=Decimal("98765.43"), cost_currency="EUR",
        start_date=dt.date.today() + dt.timedelta(days=30),
        end_date=dt.date.today() + dt.timedelta(days=31),
    )  # fmt: skip
    response = client.get(page.url)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Investigarea traficului" in text
    assert "98765" not in text and "98.765" not in text and "OSCE" not in text
