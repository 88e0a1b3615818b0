"""Deploy test: nginx configured from deploy/nginx in front of gunicorn (production settings).

A minutes attachment stored by the application is asked for at every /media/
address it could have, and at the internal location itself: none returns it.
A member of an invited organisation downloads it through the checked view,
which nginx answers from its internal location (X-Accel-Redirect).

Skipped unless nginx is installed; ATNET_REQUIRE_NGINX=1 makes a missing nginx a
failure (CI). Slow: it migrates a fresh SQLite database.
"""

import getpass
import http.client
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
REQUIRED = os.environ.get("ATNET_REQUIRE_NGINX") == "1"
SECRET = b"%PDF-1.4 minutes annex: confidential"

pytestmark = [
    pytest.mark.deploy,
    pytest.mark.skipif(not NGINX and not REQUIRED, reason="nginx is not installed"),
]

SETUP = """
import datetime as dt
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from atnet.meetings.models import Invitation, Meeting, Minutes, Series
from atnet.meetings.services.records import attachment_add
from atnet.network.models import Membership, Organisation, Person, Role
from django.contrib.auth import get_user_model

organisation = Organisation.objects.create(name_ro="Organizația A", slug="org-a")
user = get_user_model().objects.create_user("member-a", "member@example.org", "pw-not-used-1")
Membership.objects.create(user=user, organisation=organisation, role=Role.MEMBER)
person = Person.objects.create(organisation=organisation, full_name="Ana Ceban", user=user)
series = Series.objects.create(kind="national", slug="nc-deploy", name_ro="Consiliul")
meeting = Meeting.objects.create(
    series=series, title_ro="Ședința", starts_at=timezone.now() - dt.timedelta(days=2),
    ends_at=timezone.now() - dt.timedelta(days=2, hours=-2),
)
Invitation.objects.create(meeting=meeting, person=person)
Minutes.objects.create(meeting=meeting, body="Confidențial")
attachment = attachment_add(
    actor=None, meeting=meeting, title="Anexa",
    file=SimpleUploadedFile("annex.pdf", SECRET),
)
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(meeting.pk, attachment.pk, attachment.file.name, session.session_key)
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _render(template: Path, values: dict) -> str:
    text = template.read_text()
    for name, value in values.items():
        text = text.replace("${" + name + "}", value)
    assert "${ATNET_" not in text, f"{template.name}: a value is missing"
    return text


def _wait(port: int, process, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server stopped"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"nothing listens on {port}")


def _get(port: int, path: str, cookie: str = ""):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Host": "127.0.0.1"}
    if cookie:
        headers["Cookie"] = cookie
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if not NGINX:
        pytest.fail("ATNET_REQUIRE_NGINX=1 but nginx is not installed")
    base = tmp_path_factory.mktemp("deploy")
    media, private, static = base / "media", base / "private", base / "static"
    for folder in (media, private, static, base / "nginx" / "cache", base / "nginx" / "tmp"):
        folder.mkdir(parents=True)
    app_port, nginx_port = _free_port(), _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ATNET_"))},
        "DJANGO_SETTINGS_MODULE": "atnet.settings.production",
        "SECRET_KEY": "deploy-test-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": f"sqlite:///{base / 'db.sqlite3'}",
        "ATNET_VAR_DIR": str(base),
        "MEDIA_ROOT": str(media),
        "ATNET_PRIVATE_ROOT": str(private),
        "STATIC_ROOT": str(static),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "TASKS_BACKEND": "django_tasks.backends.dummy.DummyBackend",
        "PYTHONPATH": str(ROOT),
        "GUNICORN_BIND": f"127.0.0.1:{app_port}",
        "GUNICORN_WORKERS": "1",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    setup = SETUP.replace("SECRET)", f"{SECRET!r})")
    out = subprocess.run(
        [*manage, "shell", "-c", setup],
        env=env,
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.split()
    meeting, attachment, name, session = out[-4:]

    conf = base / "nginx"
    values = {
        "ATNET_CACHE_DIR": str(conf / "cache"),
        "ATNET_UPSTREAM": f"127.0.0.1:{app_port}",
        "ATNET_STATIC_ROOT": str(static),
        "ATNET_MEDIA_ROOT": str(media),
        "ATNET_PRIVATE_ROOT": str(private),
    }
    for part in ("atnet-http", "atnet-locations"):
        (conf / f"{part}.conf").write_text(
            _render(DEPLOY / "nginx" / f"{part}.conf.template", values)
        )
    user = "user root root;" if getpass.getuser() == "root" else ""
    (conf / "nginx.conf").write_text(
        f"""daemon off;
worker_processes 1;
{user}
pid {conf}/nginx.pid;
error_log {conf}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {conf}/tmp/body;
    proxy_temp_path {conf}/tmp/proxy;
    fastcgi_temp_path {conf}/tmp/fastcgi;
    uwsgi_temp_path {conf}/tmp/uwsgi;
    scgi_temp_path {conf}/tmp/scgi;
    include {conf}/atnet-http.conf;
    server {{
        listen 127.0.0.1:{nginx_port};
        server_name 127.0.0.1;
        include {conf}/atnet-locations.conf;
    }}
}}
"""
    )
    gunicorn = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "-c",
            str(DEPLOY / "gunicorn.conf.py"),
            "atnet.wsgi",
        ],
        env=env,
        cwd=ROOT,
    )
    nginx = subprocess.Popen([NGINX, "-p", str(conf), "-c", str(conf / "nginx.conf")])
    try:
        _wait(app_port, gunicorn)
        _wait(nginx_port, nginx)
        yield {
            "port": nginx_port,
            "meeting": meeting,
            "attachment": attachment,
            "name": name,
            "session": session,
            "media": media,
            "private": private,
        }
    finally:
        for process in (nginx, gunicorn):
            process.terminate()
            process.wait(timeout=30)


def test_the_attachment_is_stored_outside_the_media_folder(site):
    stored = site["private"] / site["name"]
    assert stored.read_bytes() == SECRET
    assert not any(
        path.read_bytes() == SECRET for path in site["media"].rglob("*") if path.is_file()
    )


def test_no_address_under_media_nor_the_internal_location_returns_it(site):
    name = site["name"]
    candidates = [
        f"/media/{name}",
        f"/media/private/{name}",
        f"/media/../private/{name}",
        f"/media/%2e%2e/private/{name}",
        f"/media/private/meetings/{Path(name).name}",
        f"/_private-files/{name}",
    ]
    for path in candidates:
        for cookie in ("", f"sessionid={site['session']}"):
            status, _headers, body = _get(site["port"], path, cookie)
            assert SECRET not in body, path
            assert status != 200, (path, status)


def test_the_authorised_download_is_sent_by_nginx(site):
    path = f"/ro/workspace/meetings/{site['meeting']}/files/{site['attachment']}/"
    status, headers, body = _get(site["port"], path, f"sessionid={site['session']}")
    assert status == 200
    assert body == SECRET
    assert "X-Accel-Redirect" not in headers  # consumed by nginx, never shown to the client
    assert headers["Content-Disposition"].startswith("attachment")
    assert "no-store" in headers["Cache-Control"]


def test_an_anonymous_visitor_cannot_download_it(site):
    path = f"/ro/workspace/meetings/{site['meeting']}/files/{site['attachment']}/"
    status, _headers, body = _get(site["port"], path)
    assert status in (302, 404)
    assert SECRET not in body
