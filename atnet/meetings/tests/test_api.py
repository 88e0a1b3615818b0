import pytest

from atnet.meetings.models import Minutes
from atnet.meetings.services.meetings import agenda_item_add
from atnet.meetings.services.participation import registration_answer

from .factories import MeetingFactory, PersonFactory

pytestmark = pytest.mark.django_db


def test_the_api_lists_public_meetings_without_personal_data_or_internal_minutes(client):
    meeting = MeetingFactory(title_ro="Ședința", title_en="Meeting")
    agenda_item_add(actor=None, meeting=meeting, title_ro="Raport", title_en="Report")
    Minutes.objects.create(meeting=meeting, body="Secret intern", public_summary_en="Summary")
    registration_answer(
        meeting=meeting,
        person=PersonFactory(full_name="Ion Secret", email="ion@example.org"),
        response="attending",
    )
    MeetingFactory(is_public=False, title_ro="Ascunsă")
    response = client.get("/api/v1/meetings?lang=en")
    assert response.status_code == 200
    text = response.content.decode()
    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Meeting"]
    assert items[0]["agenda"][0]["title"] == "Report"
    assert items[0]["public_summary"] == "Summary"
    for secret in ("Secret intern", "Ion Secret", "ion@example.org", "Ascunsă"):
        assert secret not in text


def test_a_private_meeting_answers_404(client):
    assert client.get(f"/api/v1/meetings/{MeetingFactory(is_public=False).pk}").status_code == 404


def test_the_meetings_api_is_described_in_openapi(client):
    assert "/api/v1/meetings" in client.get("/api/v1/openapi.json").json()["paths"]
