"""The transactions in the project's edit form."""

import datetime as dt
from decimal import Decimal

from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from atnet.projects.models import ProjectPage, ProjectTransaction

from .factories import ProjectPageFactory


def _form(page, transactions) -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "body": streamfield([]),
            "status": page.status,
            "level": page.level,
            "domains": page.domains,
            "planned_start": page.planned_start.isoformat(),
            "planned_end": page.planned_end.isoformat(),
            "currency": page.currency,
            "partners": inline_formset([]),
            "transactions": inline_formset(transactions),
            "indicators": inline_formset([]),
            "documents": inline_formset([]),
            "comments": inline_formset([]),
        }
    )


def _edit(admin_client, page, transactions):
    url = f"/admin/pages/{page.pk}/edit/"
    return admin_client.post(url, _form(page, transactions))


def test_the_edit_form_has_a_transactions_panel(admin_client, project_index):
    page = ProjectPageFactory(parent=project_index)
    body = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="transactions-TOTAL_FORMS"' in body


def test_an_editor_records_a_disbursement(admin_client, project_index):
    page = ProjectPageFactory(parent=project_index)
    row = {"type": "3", "date": "2025-03-01", "amount": "1500.50", "currency": "USD"}
    response = _edit(admin_client, page, [row])
    assert response.status_code == 302
    saved = ProjectPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    [transaction] = saved.transactions.all()
    assert (transaction.date, transaction.amount) == (dt.date(2025, 3, 1), Decimal("1500.50"))


def test_a_future_date_or_a_negative_amount_is_refused_with_a_message(admin_client, project_index):
    page = ProjectPageFactory(parent=project_index)
    tomorrow = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    rows = [
        {"type": "2", "date": tomorrow, "amount": "10", "currency": "EUR"},
        {"type": "3", "date": "2025-03-01", "amount": "-5", "currency": "EUR"},
    ]
    response = _edit(admin_client, page, rows)
    assert response.status_code == 200
    body = response.content.decode()
    assert "O tranzacție nu poate avea o dată din viitor." in body
    assert "O sumă nu poate fi negativă." in body
    assert not ProjectTransaction.objects.exists()
