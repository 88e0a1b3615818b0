"""Announcing a session, the participant's own evaluation link, the workspace navigation."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page

from atnet.trainings import services
from atnet.trainings.evaluation_links import evaluation_token
from atnet.trainings.models import Evaluation, Session

from .factories import (
    EnrolmentFactory,
    OrganisationFactory,
    SessionFactory,
    UserFactory,
    focal_point,
)

pytestmark = pytest.mark.django_db

ANSWERS = {"relevance": "5", "trainers": "4", "organisation": "3", "comments": "Util."}


# Announcement -------------------------------------------------------------


def test_the_coordinator_announces_the_session_and_sees_the_public_event(
    coordinator_client, event_index
):
    session = SessionFactory()
    url = reverse("trainings:session", args=[session.pk])
    assert "Anunță pe site" in coordinator_client.get(url).content.decode()
    response = coordinator_client.post(
        reverse("trainings:session_announce", args=[session.pk]), follow=True
    )
    session.refresh_from_db()
    event = session.event_page
    assert event is not None and event.live
    assert event.get_parent().pk == event_index.pk
    page = response.content.decode()
    assert f'href="{event.url}"' in page
    assert "Anunță pe site" not in page


def test_announcing_twice_creates_one_event(coordinator_client, event_index):
    session = SessionFactory()
    url = reverse("trainings:session_announce", args=[session.pk])
    coordinator_client.post(url)
    pages = Page.objects.count()
    coordinator_client.post(url)
    assert Page.objects.count() == pages


def test_without_an_events_page_the_coordinator_gets_a_message(coordinator_client, home):
    session = SessionFactory()
    response = coordinator_client.post(
        reverse("trainings:session_announce", args=[session.pk]), follow=True
    )
    assert response.status_code == 200
    assert Session.objects.get(pk=session.pk).event_page_id is None
    assert len(list(response.context["messages"])) == 1


def test_a_focal_point_cannot_announce_nor_sees_the_button(client, event_index):
    session = SessionFactory()
    organisation = OrganisationFactory()
    client.force_login(focal_point(organisation))
    pages = Page.objects.count()
    page = client.get(reverse("trainings:session", args=[session.pk])).content.decode()
    assert reverse("trainings:session_announce", args=[session.pk]) not in page
    response = client.post(reverse("trainings:session_announce", args=[session.pk]))
    assert response.status_code == 404
    assert Page.objects.count() == pages
    assert Session.objects.get(pk=session.pk).event_page_id is None


def test_a_member_without_a_role_cannot_announce(client, event_index):
    session = SessionFactory()
    client.force_login(UserFactory())
    pages = Page.objects.count()
    assert client.post(reverse("trainings:session_announce", args=[session.pk])).status_code == 404
    assert Page.objects.count() == pages


def test_announcing_needs_a_post(coordinator_client, event_index):
    session = SessionFactory()
    response = coordinator_client.get(reverse("trainings:session_announce", args=[session.pk]))
    assert response.status_code == 405
    assert Session.objects.get(pk=session.pk).event_page_id is None


# The participant's own evaluation -----------------------------------------


def _self_url(enrolment, language="ro"):
    return f"/{language}/trainings/evaluation/{evaluation_token(enrolment)}/"


def test_the_participant_fills_in_the_evaluation_from_the_signed_link(client):
    enrolment = EnrolmentFactory()
    response = client.post(_self_url(enrolment), ANSWERS)
    assert response.status_code == 200
    evaluation = Evaluation.objects.get(enrolment=enrolment)
    assert (evaluation.relevance, evaluation.trainers, evaluation.organisation) == (5, 4, 3)
    assert (
        response["Cache-Control"].startswith("max-age=0") or "no-cache" in response["Cache-Control"]
    )


def test_submitting_twice_updates_the_same_evaluation(client):
    enrolment = EnrolmentFactory()
    client.post(_self_url(enrolment), ANSWERS)
    client.post(_self_url(enrolment), {**ANSWERS, "relevance": "2", "comments": "Altfel."})
    evaluation = Evaluation.objects.get()
    assert evaluation.enrolment == enrolment
    assert (evaluation.relevance, evaluation.comments) == (2, "Altfel.")
    page = client.get(_self_url(enrolment)).content.decode()
    assert "Altfel." in page


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ro", "Acest link de evaluare nu este valid"),
        ("en", "This evaluation link is not valid"),
        ("ru", "Эта ссылка на оценку недействительна"),
    ],
)
def test_a_tampered_link_is_refused_in_the_users_language(client, language, message):
    enrolment = EnrolmentFactory()
    token = evaluation_token(enrolment)
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    response = client.post(f"/{language}/trainings/evaluation/{tampered}/", ANSWERS)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Evaluation.objects.exists()


def test_a_link_signed_for_another_enrolment_pair_is_refused(client):
    from django.core import signing

    enrolment = EnrolmentFactory()
    other = EnrolmentFactory()
    forged = signing.dumps(
        {"e": other.pk, "p": enrolment.participant_id}, salt="atnet.trainings.evaluation"
    )
    wrong_salt = signing.dumps({"e": enrolment.pk, "p": enrolment.participant_id}, salt="x")
    for token in (forged, wrong_salt):
        assert client.post(f"/ro/trainings/evaluation/{token}/", ANSWERS).status_code == 400
    assert not Evaluation.objects.exists()


def test_an_expired_link_is_refused_with_410(client, monkeypatch):
    from atnet.trainings import evaluation_links

    enrolment = EnrolmentFactory()
    token = evaluation_token(enrolment)
    monkeypatch.setattr(evaluation_links, "MAX_AGE", -1)
    response = client.get(f"/en/trainings/evaluation/{token}/")
    assert response.status_code == 410
    assert "expired" in response.content.decode()


def test_a_declined_nominee_cannot_evaluate(client):
    enrolment = EnrolmentFactory(status="declined")
    assert client.post(_self_url(enrolment), ANSWERS).status_code == 400
    assert not Evaluation.objects.exists()


def test_the_coordinator_sees_the_participants_link_in_their_language(coordinator_client):
    enrolment = EnrolmentFactory(participant__language="ru")
    page = coordinator_client.get(reverse("trainings:evaluation", args=[enrolment.pk]))
    link = page.context["self_link"]
    assert link.startswith("http://testserver/ru/trainings/evaluation/")
    assert link in page.content.decode()


def test_the_coordinator_still_fills_in_the_evaluation(coordinator_client):
    enrolment = EnrolmentFactory()
    coordinator_client.post(reverse("trainings:evaluation", args=[enrolment.pk]), ANSWERS)
    coordinator_client.post(_self_url(enrolment), {**ANSWERS, "trainers": "1"})
    assert Evaluation.objects.get(enrolment=enrolment).trainers == 1


# Navigation ---------------------------------------------------------------


def _workspace_urls(enrolment, certificate_pk=None):
    urls = [
        reverse("trainings:workspace"),
        reverse("trainings:session", args=[enrolment.session_id]),
        reverse("trainings:participants"),
        reverse("trainings:participant", args=[enrolment.participant_id]),
    ]
    coordinator_only = [
        reverse("trainings:evaluation", args=[enrolment.pk]),
        reverse("trainings:participant_merge", args=[enrolment.participant_id]),
        reverse("trainings:import"),
        reverse("trainings:figures"),
    ]
    if certificate_pk:
        coordinator_only.append(reverse("trainings:certificate_revoke", args=[certificate_pk]))
    return urls, coordinator_only


def test_coordinators_see_import_and_figures_on_every_trainings_page(
    coordinator_client, coordinator
):
    import datetime as dt

    enrolment = EnrolmentFactory()
    services.attendance_set(
        actor=coordinator,
        enrolment=enrolment,
        days={dt.date(2025, 3, 10), dt.date(2025, 3, 11)},
    )
    certificate = services.certificate_issue(actor=coordinator, enrolment=enrolment)
    urls, coordinator_only = _workspace_urls(enrolment, certificate.pk)
    for url in urls + coordinator_only:
        response = coordinator_client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert f'href="{reverse("trainings:import")}"' in page, url
        assert f'href="{reverse("trainings:figures")}"' in page, url


def test_focal_points_do_not_see_import_and_figures(client):
    enrolment = EnrolmentFactory()
    client.force_login(focal_point(enrolment.participant.organisation))
    urls, _coordinator_only = _workspace_urls(enrolment)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert f'href="{reverse("trainings:import")}"' not in page, url
        assert f'href="{reverse("trainings:figures")}"' not in page, url


def test_a_coordinator_by_group_sees_the_links_without_model_permissions(client):
    user = UserFactory()
    user.groups.add(Group.objects.get_or_create(name="coordinator")[0])
    client.force_login(user)
    page = client.get(reverse("trainings:participants")).content.decode()
    assert f'href="{reverse("trainings:figures")}"' in page
