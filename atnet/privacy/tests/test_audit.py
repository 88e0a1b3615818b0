import datetime as dt

import pytest
from django.conf import settings
from django.contrib.admin.sites import site
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from atnet.core.models import AuditLogEntry, AuditLogImmutable
from atnet.core.services import REDACTED, log_action, log_event
from atnet.network.models import Person
from atnet.privacy.audit import acting_as

from .conftest import EMAIL, coordinator, organisation

AUDIT = "atnet.privacy.middleware.AuditMiddleware"
WITH_AUDIT = [*settings.MIDDLEWARE, AUDIT] if AUDIT not in settings.MIDDLEWARE else None


def audited(test):
    """Run `test` with the audit middleware even before the lead adds it to MIDDLEWARE."""
    return override_settings(MIDDLEWARE=WITH_AUDIT)(test) if WITH_AUDIT else test


def _entries(action, object_type=None):
    entries = AuditLogEntry.objects.filter(action=action).order_by("pk")
    return list(entries.filter(object_type=object_type) if object_type else entries)


# -- the log is append-only ---------------------------------------------------------------


def test_an_entry_cannot_be_changed_or_deleted(db):
    entry = log_event(actor=None, action="test", object_type="x", object_id=1)
    entry.action = "forged"
    with pytest.raises(AuditLogImmutable):
        entry.save()
    with pytest.raises(AuditLogImmutable):
        entry.delete()
    with pytest.raises(AuditLogImmutable):
        AuditLogEntry.objects.filter(pk=entry.pk).update(action="forged")
    with pytest.raises(AuditLogImmutable):
        AuditLogEntry.objects.all().delete()
    assert AuditLogEntry.objects.get(pk=entry.pk).action == "test"


def test_the_django_admin_registration_is_read_only(rf, admin_user):
    model_admin = site._registry[AuditLogEntry]
    request = rf.post("/")
    request.user = admin_user
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)
    assert not model_admin.has_delete_permission(request)


def _url_names(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if hasattr(pattern, "url_patterns"):
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            yield from _url_names(pattern, namespace)
        elif pattern.name:
            yield f"{prefix}{pattern.name}"


def test_no_url_can_add_change_or_delete_log_entries(client, db):
    from django.urls import get_resolver

    names = {name for name in _url_names(get_resolver()) if "audit" in name.lower()}
    assert names == {"privacy:audit_log"}
    coordinator_client = client
    coordinator_client.force_login(coordinator())
    entry = log_event(actor=None, action="test", object_type="x", object_id=1)
    response = coordinator_client.post("/en/workspace/privacy/audit-log/", {"action": "forged"})
    assert response.status_code == 405
    assert AuditLogEntry.objects.get(pk=entry.pk).action == "test"


# -- no secret is ever logged --------------------------------------------------------------


def test_secrets_are_scrubbed_from_the_details(db):
    token = "Zq8xK2mP9vL4nR7tY1wB3cD5fG6hJ0aE"
    obj = organisation()
    entry = log_action(
        actor=None, action="test", obj=obj,
        data={
            "password": "hunter2-very-secret", "api_token": "short", "totp_secret": "JBSWY3DP",
            "link": f"https://atnet.md/ro/meetings/answer/{token}/", "value": token,
            "fields": ["password", "token"], "count": 3,
        },
    )  # fmt: skip
    stored = AuditLogEntry.objects.get(pk=entry.pk).data
    assert stored["password"] == stored["api_token"] == stored["totp_secret"] == REDACTED
    assert stored["link"] == stored["value"] == REDACTED
    assert stored["fields"] == ["password", "token"] and stored["count"] == 3
    assert token not in str(stored) and "hunter2" not in str(stored)


# -- changes to personal records ------------------------------------------------------------


def test_creating_changing_and_deleting_a_person_is_logged_with_field_names_only(db):
    actor = coordinator()
    with acting_as(actor):
        person = Person.objects.create(
            organisation=organisation(), full_name="Olga Auditată", email="olga@example.org"
        )
        person.phone = "+373 22 111 222"
        person.save()
        person.save()  # nothing changed: no entry
        person_id = person.pk
        person.delete()
    created, changed = (
        _entries("record.create", "network.person"),
        _entries("record.change", "network.person"),
    )
    deleted = _entries("record.delete", "network.person")
    assert len(created) == len(changed) == len(deleted) == 1
    assert changed[0].data["fields"] == ["phone"]
    assert {entry.actor_id for entry in (*created, *changed, *deleted)} == {actor.pk}
    assert deleted[0].object_id == str(person_id)
    every_detail = str([entry.data for entry in AuditLogEntry.objects.all()])
    assert "Olga" not in every_detail and "olga@example.org" not in every_detail
    assert "111 222" not in every_detail


def test_a_password_change_names_the_field_never_the_hash(db):
    user = coordinator("pw-changer")
    user.set_password("A-new-password-123")
    user.save()
    entry = _entries("record.change", "auth.user")[-1]
    assert "password" in entry.data["fields"]
    assert user.password not in str(AuditLogEntry.objects.values_list("data", flat=True))


def test_the_middleware_names_the_signed_in_user_as_actor(rf, db):
    from django.http import HttpResponse

    from atnet.privacy.middleware import AuditMiddleware

    actor, org = coordinator(), organisation()

    def view(request):
        Person.objects.create(organisation=org, full_name="Nou Venit")
        return HttpResponse("ok")

    request = rf.post("/en/workspace/")
    request.user = actor
    AuditMiddleware(view)(request)
    Person.objects.create(organisation=org, full_name="Outside a request")
    inside, outside = _entries("record.create", "network.person")
    assert (inside.actor_id, inside.data["via"]) == (actor.pk, "signal")
    assert outside.actor_id is None


# -- exports and participant lists ----------------------------------------------------------


@audited
def test_every_download_is_logged_without_the_query_values(client, world):
    actor = coordinator()
    client.force_login(actor)
    response = client.post("/en/workspace/privacy/export.json", {"email": EMAIL})
    assert response.status_code == 200
    entry = _entries("privacy.export")[-1]
    assert entry.actor_id == actor.pk and entry.object_type == "privacy:export"
    assert EMAIL not in str(entry.data)


@audited
def test_a_participant_list_view_is_logged(client, world):
    actor = coordinator()
    client.force_login(actor)
    response = client.get(f"/en/workspace/meetings/{world.meeting.pk}/attendance/?q=Zamfira")
    assert response.status_code == 200
    entry = _entries("privacy.list_view")[-1]
    assert (entry.actor_id, entry.object_type, entry.object_id) == (
        actor.pk, "meetings:attendance", str(world.meeting.pk),
    )  # fmt: skip
    assert entry.data["params"] == ["q"] and "Zamfira" not in str(entry.data)


@audited
def test_a_token_in_a_logged_url_is_redacted(rf, db):
    from django.http import HttpResponse
    from django.urls import ResolverMatch

    from atnet.privacy.middleware import AuditMiddleware

    user = coordinator()
    token = "mX9-qT2vB7nL0pR4sW8yK1cF5hJ3dG6a"
    request = rf.get(f"/en/meetings/calendar/{token}.ics")
    request.COOKIES["sessionid"] = "signed-in"  # the middleware audits signed-in users only
    request.user = user
    request.resolver_match = ResolverMatch(
        lambda r: None, (), {"token": token}, url_name="personal_calendar",
        app_names=["meetings"], namespaces=["meetings"],
    )  # fmt: skip

    def download(req):
        response = HttpResponse("BEGIN:VCALENDAR", content_type="text/calendar")
        response["Content-Disposition"] = 'attachment; filename="calendar.ics"'
        return response

    AuditMiddleware(download)(request)
    entry = _entries("privacy.export")[-1]
    assert token not in str(entry.data) and entry.data["kwargs"]["token"] == REDACTED


# -- the audit log page ---------------------------------------------------------------------


def _log_many(actor, count):
    for number in range(count):
        log_event(actor=actor, action="test.event", object_type="network.person", object_id=number)


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_audit_log_page_filters_and_costs_a_constant_number_of_queries(client, db):
    actor = coordinator()
    client.force_login(actor)
    url = "/en/workspace/privacy/audit-log/"
    _log_many(actor, 3)
    client.get(url)  # the first request fills per-process caches (site, locales)
    few = _queries(client, url)
    _log_many(coordinator("other"), 40)
    assert _queries(client, url) == few
    assert _queries(client, url + "?actor=other&object_type=network.person") == few

    page = client.get(url + "?actor=coord")
    assert page.context["items"].paginator.count == 3
    today = dt.date.today().isoformat()
    page = client.get(url + f"?date_from={today}&object_type=network.person")
    assert page.context["items"].paginator.count == 43


def test_bad_filters_are_a_clear_400(client, db):
    client.force_login(coordinator())
    response = client.get(
        "/en/workspace/privacy/audit-log/?date_from=2025-02-01&date_to=2025-01-01"
    )
    assert response.status_code == 400 and b"cannot be before" in response.content
    assert client.get("/en/workspace/privacy/audit-log/?date_from=nonsense").status_code == 400


def test_members_cannot_read_the_audit_log(client, world):
    client.force_login(world.user)
    assert client.get("/en/workspace/privacy/audit-log/").status_code == 404
    client.logout()
    assert client.get("/en/workspace/privacy/audit-log/").status_code == 302


def test_the_admin_menu_links_coordinators_to_the_personal_data_pages(rf, world):
    from atnet.privacy.wagtail_hooks import audit_menu_item, privacy_menu_item

    request = rf.get("/admin/")
    request.user = coordinator()
    assert privacy_menu_item().is_shown(request) and audit_menu_item().is_shown(request)
    assert privacy_menu_item().url.endswith("/workspace/privacy/")
    request.user = world.user
    assert not privacy_menu_item().is_shown(request)


@audited
def test_a_sign_in_sheet_download_is_logged(client, world):
    actor = coordinator()
    client.force_login(actor)
    response = client.get(f"/en/workspace/meetings/{world.meeting.pk}/sign-in-sheet.pdf")
    assert response.status_code == 200
    entry = _entries("privacy.export")[-1]
    assert (entry.actor_id, entry.object_type, entry.object_id) == (
        actor.pk, "meetings:sign_in_sheet", str(world.meeting.pk),
    )  # fmt: skip
    assert entry.data["content_type"] == "application/pdf"
