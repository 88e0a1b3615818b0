"""Security and cache headers on public pages, the admin, the API and files."""

import re

from django.http import FileResponse, HttpResponse
from django.test import RequestFactory

from atnet.core.security import FILE_POLICY, SecurityHeadersMiddleware


def _directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())


def test_public_pages_get_a_strict_policy_without_a_nonce_they_do_not_use(client, home):
    first = client.get("/ro/")
    policy = _directives(first)
    # No template of the page asked for a nonce: none is sent, so a shared cache
    # never hands one visitor's nonce to another.
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert "unsafe-inline" not in first["Content-Security-Policy"]
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert first["X-Content-Type-Options"] == "nosniff"
    assert first["X-Frame-Options"] == "DENY"
    assert first["Referrer-Policy"] == "same-origin"


def test_a_template_that_uses_the_nonce_gets_a_fresh_one_in_the_policy():
    def view(request):
        return HttpResponse(f"<script nonce='{request.csp_nonce}'></script>")

    middleware = SecurityHeadersMiddleware(view)
    first = middleware(RequestFactory().get("/ro/"))
    second = middleware(RequestFactory().get("/ro/"))
    nonce = re.search(r"nonce='([\w-]+)'", first.content.decode()).group(1)
    assert _directives(first)["script-src"] == f"'self' 'nonce-{nonce}'"
    assert _directives(second)["script-src"] != _directives(first)["script-src"]


def test_the_admin_has_its_own_policy(admin_client, home):
    response = admin_client.get("/admin/")
    policy = _directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == "'self'"
    assert policy["default-src"] == "'self'"


def test_the_editors_preview_panel_may_frame_a_page_preview(admin_client, home):
    # "View draft" renders through the same fake public request as the live
    # preview panel's iframe.
    response = admin_client.get(f"/admin/pages/{home.pk}/view_draft/")

    assert response.status_code == 200
    policy = _directives(response)
    assert policy["frame-ancestors"] == "'self'"
    assert re.fullmatch(r"'self'( 'nonce-[\w-]+')?", policy["script-src"])
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_files_from_views_can_never_run_scripts(tmp_path):
    upload = tmp_path / "minutes.pdf"
    upload.write_bytes(b"<html><script>alert(1)</script></html>")
    middleware = SecurityHeadersMiddleware(lambda request: FileResponse(upload.open("rb")))
    response = middleware(RequestFactory().get("/ro/workspace/files/1/"))
    assert response["Content-Security-Policy"] == FILE_POLICY
    assert "sandbox" in FILE_POLICY
    assert response["X-Content-Type-Options"] == "nosniff"


def test_anonymous_public_pages_are_briefly_cacheable(client, home, settings):
    settings.ATNET_PUBLIC_MAX_AGE = 1
    response = client.get("/ro/")
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=1"}


def test_signed_in_pages_and_errors_are_private(admin_client, client, home):
    assert "private" in admin_client.get("/ro/")["Cache-Control"]
    assert "private" in client.get("/ro/nu-exista/")["Cache-Control"]


def test_the_health_check_is_never_cached(client, db):
    assert "no-cache" in client.get("/healthz")["Cache-Control"]


def test_the_api_docs_load_without_any_external_host(client, db):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    assert "cdn." not in response.content.decode()
    assert "https:" not in response["Content-Security-Policy"]


def test_anonymous_api_answers_do_not_vary_on_a_cookie_nobody_sent(client, home):
    # The sign-in middlewares (idle timeout, audit) leave the session alone
    # when there is no session cookie: nothing to vary on, nothing to load.
    response = client.get("/api/v1/news")
    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")
