"""A focal point reports only on her organisation's measures; submitted reports stay put."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from atnet.network.tests.factories import ActivityFactory, OrganisationFactory

from ..models import Report, ReportState
from .factories import IndicatorFactory, MeasureFactory, PeriodFactory, coordinator, focal_point

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    own, other = OrganisationFactory(name_ro="Direcția Noastră"), OrganisationFactory()
    period = PeriodFactory()
    mine = MeasureFactory(
        objective__plan=period.plan, responsible=[own], text_ro="Măsura mea", text_en=""
    )
    theirs = MeasureFactory(
        objective=mine.objective, responsible=[other], text_ro="Măsura altora", text_en=""
    )
    indicator = IndicatorFactory(measure=mine)
    activity = ActivityFactory(organisation=own, title_ro="Seminar la Cahul")
    foreign = ActivityFactory(organisation=other, title_ro="Activitate străină")
    user = focal_point(own, "ana")
    return locals()


def _url(world, measure):
    return reverse("actionplans:report", args=[world["period"].pk, measure.pk])


def _post(world, **extra):
    data = {
        "status": "in_progress",
        "narrative": "Am organizat două seminare.",
        "narrative_language": "ro",
        f"indicator_{world['indicator'].pk}": "12",
        "activities": [world["activity"].pk],
        **extra,
    }
    return data


def test_she_sees_only_her_organisations_measures(client, world):
    client.force_login(world["user"])
    page = client.get(reverse("actionplans:workspace")).content.decode()
    assert "Măsura mea" in page
    assert "Măsura altora" not in page
    assert client.get(_url(world, world["theirs"])).status_code == 404
    assert client.post(_url(world, world["theirs"]), _post(world)).status_code == 404
    assert not Report.objects.exists()


def test_a_member_who_is_not_a_focal_point_gets_404(client, world):
    from atnet.network.tests.factories import MembershipFactory

    member = MembershipFactory(organisation=world["own"]).user
    client.force_login(member)
    assert client.get(reverse("actionplans:workspace")).status_code == 404
    assert client.get(_url(world, world["mine"])).status_code == 404


def test_she_saves_a_draft_with_evidence_and_a_file(client, world):
    client.force_login(world["user"])
    upload = SimpleUploadedFile("lista.txt", b"participants list\n", content_type="text/plain")
    response = client.post(_url(world, world["mine"]), _post(world, draft="1", file=upload))
    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.state, report.organisation) == (ReportState.DRAFT, world["own"])
    assert list(report.activities.all()) == [world["activity"]]
    assert report.values.get().value == 12
    evidence = report.files.get()
    download = client.get(reverse("actionplans:evidence", args=[evidence.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"participants list\n"


def test_another_organisations_activity_cannot_be_cited(client, world):
    client.force_login(world["user"])
    response = client.post(
        _url(world, world["mine"]), _post(world, activities=[world["foreign"].pk], draft="1")
    )
    assert response.status_code == 400
    assert not Report.objects.exists()


def test_her_draft_survives_a_failed_validation(client, world):
    client.force_login(world["user"])
    client.post(_url(world, world["mine"]), _post(world, draft="1"))
    bad = _post(world, submit="1", narrative="Text nou nesalvat")
    bad[f"indicator_{world['indicator'].pk}"] = "not a number"
    response = client.post(_url(world, world["mine"]), bad)
    assert response.status_code == 400
    assert "Text nou nesalvat" in response.content.decode()  # what she typed is still on screen
    report = Report.objects.get()
    assert report.state == ReportState.DRAFT
    assert report.narrative == "Am organizat două seminare."  # the saved draft is intact
    assert report.values.get().value == 12


def test_submitting_needs_a_status_and_a_narrative(client, world):
    client.force_login(world["user"])
    response = client.post(_url(world, world["mine"]), _post(world, submit="1", narrative=" "))
    assert response.status_code == 400
    assert not Report.objects.exists()


def test_a_submitted_report_is_locked_until_the_coordinator_reopens_it(client, world):
    client.force_login(world["user"])
    client.post(_url(world, world["mine"]), _post(world, submit="1"))
    report = Report.objects.get()
    assert report.state == ReportState.SUBMITTED
    response = client.post(_url(world, world["mine"]), _post(world, narrative="Schimbat"))
    assert response.status_code == 403
    report.refresh_from_db()
    assert report.narrative == "Am organizat două seminare."
    boss = coordinator()
    client.force_login(boss)
    client.post(reverse("actionplans:reopen", args=[report.pk]))
    client.force_login(world["user"])
    response = client.post(
        _url(world, world["mine"]), _post(world, narrative="Schimbat", draft="1")
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.state, report.narrative) == (ReportState.DRAFT, "Schimbat")


def test_an_evidence_file_is_not_served_to_another_organisation(client, world):
    client.force_login(world["user"])
    upload = SimpleUploadedFile("dovada.txt", b"secret\n", content_type="text/plain")
    client.post(_url(world, world["mine"]), _post(world, draft="1", file=upload))
    evidence = Report.objects.get().files.get()
    other = focal_point(world["other"], "boris")
    client.force_login(other)
    assert client.get(reverse("actionplans:evidence", args=[evidence.pk])).status_code == 404
    client.logout()
    assert client.get(reverse("actionplans:evidence", args=[evidence.pk])).status_code == 302
    with pytest.raises(ValueError):
        _ = evidence.file.url  # private storage: no public address at all
