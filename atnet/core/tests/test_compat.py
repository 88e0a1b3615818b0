"""The framework behaviour each adapter in atnet.core.compat relies on, pinned.

When a Django, Wagtail or treebeard release changes one of these private
names, the test of its adapter fails here, and the adapter is the one place to fix.
"""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from atnet.core.compat import django as django_compat
from atnet.core.compat import wagtail as wagtail_compat
from atnet.core.models import AuditLogEntry
from atnet.support.models import Equipment


def test_raw_host_is_the_header_as_sent_even_for_a_host_not_allowed(settings):
    settings.ALLOWED_HOSTS = ["atnet.md"]
    request = RequestFactory().get("/", HTTP_HOST="elsewhere.example:8080")
    assert django_compat.raw_host(request) == "elsewhere.example:8080"


def test_a_pending_upload_is_found_until_the_file_is_saved(tmp_path):
    field_file = Equipment(handover_document=None).handover_document
    assert django_compat.pending_upload(field_file) is None  # no file at all
    upload = SimpleUploadedFile("act.pdf", b"%PDF-1.4")
    holder = Equipment()
    holder.handover_document = upload
    assert django_compat.pending_upload(holder.handover_document) is upload
    holder.handover_document.storage = FileSystemStorage(location=tmp_path)
    holder.handover_document.save("act.pdf", ContentFile(b"%PDF-1.4"), save=False)
    assert django_compat.pending_upload(holder.handover_document) is None  # committed


@pytest.mark.django_db
def test_insert_rows_inserts_without_save_and_returns_the_keys():
    rows = [AuditLogEntry(action="one", object_type="x"), AuditLogEntry(action="two")]
    fields = [f for f in AuditLogEntry._meta.local_concrete_fields if not f.primary_key]
    keys = django_compat.insert_rows(
        AuditLogEntry, rows, fields, returning_fields=[AuditLogEntry._meta.pk]
    )
    assert [key for (key,) in keys] == list(
        AuditLogEntry.objects.order_by("pk").values_list("pk", flat=True)
    )
    assert list(AuditLogEntry.objects.order_by("pk").values_list("action", flat=True)) == [
        "one",
        "two",
    ]


def test_storage_location_is_the_given_one_or_the_default(tmp_path):
    assert django_compat.storage_location(FileSystemStorage(), "/elsewhere") == "/elsewhere"
    given = FileSystemStorage(location=str(tmp_path))
    assert django_compat.storage_location(given, "/elsewhere") == str(tmp_path)


@pytest.mark.django_db
def test_a_remembered_site_is_the_one_wagtail_finds_without_a_query(home):
    request = RequestFactory().get("/", HTTP_HOST="testserver")
    assert wagtail_compat.remembered_site(request) is None
    site = Site.objects.get()
    wagtail_compat.remember_site(request, site)
    with CaptureQueriesContext(connection) as queries:
        assert Site.find_for_request(request) is site
    assert len(queries.captured_queries) == 0
    assert wagtail_compat.remembered_site(request) is site


@pytest.mark.django_db
def test_a_set_route_is_the_one_wagtail_serves_without_walking_the_tree(home):
    request = RequestFactory().get("/anything/")
    assert not wagtail_compat.is_routed(request)
    wagtail_compat.set_route(request, home)
    assert wagtail_compat.is_routed(request)
    with CaptureQueriesContext(connection) as queries:
        assert Page.route_for_request(request, "/anything/") == (home, [], {})
    assert len(queries.captured_queries) == 0


@pytest.mark.django_db
def test_tree_paths_are_built_and_read_as_treebeard_does(home):
    child = home.add_child(instance=Page(title="Child", slug="child"))
    second = home.add_child(instance=Page(title="Second", slug="second"))
    assert wagtail_compat.path_step(child.path) == 1
    assert wagtail_compat.path_step(second.path) == 2
    assert wagtail_compat.child_path(home.path, home.depth + 1, 2) == second.path
