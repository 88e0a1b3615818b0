"""The database goes away and comes back: clean 503s meanwhile, nothing acknowledged lost.

The outage test stops and starts the local PostgreSQL cluster under a real
gunicorn (deploy/gunicorn.conf.py, sync workers, persistent connections as in
production) while a client thread keeps answering meeting invitations through
the emailed links. It needs PostgreSQL and a cluster it may stop: CI's
PostgreSQL pass runs it (as root, like `.ci/run`); on SQLite it is skipped.
The outage is kept short (about a second) because other test runs may share
the cluster. It is marked `exclusive`: under pytest-xdist another worker's
connection would die with the server, so `make test` runs it alone, after the
parallel run.
"""

import datetime as dt
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pytest
import requests
from django.db import InterfaceError, OperationalError, connection, connections
from django.test import Client
from django.utils import timezone

from atnet.core.errors import RETRY_AFTER_SECONDS
from atnet.meetings.models import Invitation, Registration
from atnet.meetings.rsvp import rsvp_token
from atnet.meetings.tests.factories import MeetingFactory, OrganisationFactory, PersonFactory

ROOT = Path(__file__).resolve().parents[3]
POSTGRESQL = connection.vendor == "postgresql"
RECOVERY_LIMIT = 5.0  # seconds from PostgreSQL accepting connections to the app answering 200
PEOPLE = 400  # more invitations than the client can answer during the test
# Generous, for a machine busy with other tests: a slow answer is not a lost one.
WARM_UP_TIMEOUT, ANSWER_TIMEOUT = 120, 30


# A clean 503 in the visitor's language (any database) -----------------------------


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_database_error_in_any_view_is_a_503_page_in_the_visitors_language(db, error):
    client = Client(raise_request_exception=False)
    lost = error("server closed the connection unexpectedly")
    with mock.patch("django.db.backends.base.base.BaseDatabaseWrapper.cursor", side_effect=lost):
        response = client.get("/ru/meetings/answer/any-token/")
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    page = response.content.decode()
    assert '<html lang="ru">' in page
    assert "Временно недоступно" in page
    assert "server closed" not in page


def test_any_other_error_is_still_a_500(db):
    client = Client(raise_request_exception=False)
    with mock.patch("atnet.meetings.views.public.rsvp_invitation", side_effect=ValueError):
        response = client.get("/en/meetings/answer/any-token/")
    assert response.status_code == 500
    assert "Retry-After" not in response


# The outage ------------------------------------------------------------------------


def _cluster() -> tuple[str, str]:
    """(version, name) of the local cluster serving the test database's port."""
    params = connection.settings_dict
    if (params["HOST"] or "localhost") not in ("localhost", "127.0.0.1", "::1"):
        pytest.fail(f"the restart test needs a local PostgreSQL cluster, not {params['HOST']}")
    if shutil.which("pg_lsclusters") is None or shutil.which("pg_ctlcluster") is None:
        pytest.fail("pg_lsclusters/pg_ctlcluster not found (Debian postgresql-common)")
    listing = subprocess.run(["pg_lsclusters", "--no-header"], capture_output=True, text=True)
    port = str(params["PORT"] or 5432)
    for line in listing.stdout.splitlines():
        version, name, cluster_port, *_ = line.split()
        if cluster_port == port:
            return version, name
    pytest.fail(f"no local PostgreSQL cluster on port {port}")


def _pg_ctl(action: str, cluster: tuple[str, str]) -> subprocess.Popen:
    command = ["pg_ctlcluster", "--skip-systemctl-redirect", *cluster, action]
    if action == "stop":
        command += ["--mode", "fast"]  # disconnect clients at once; no data is lost
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _finished(process: subprocess.Popen) -> None:
    _output, errors = process.communicate(timeout=60)
    assert process.returncode == 0, errors


def _checkpoint() -> None:
    """Write dirty pages now, so the shutdown checkpoint (inside the outage) is short.

    On a machine whose cluster holds many test databases the shutdown checkpoint
    alone took 8 s; the outage should not depend on that, and other test runs
    sharing the cluster should lose it for as short a time as possible.
    """
    with connection.cursor() as cursor:
        cursor.execute("CHECKPOINT")


def _pg_is_ready() -> bool:
    params = connection.settings_dict
    host, port = params["HOST"] or "127.0.0.1", str(params["PORT"] or 5432)
    return subprocess.run(["pg_isready", "-q", "-h", host, "-p", port]).returncode == 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url() -> str:
    params = connection.settings_dict
    credentials = params["USER"] + (f":{params['PASSWORD']}" if params["PASSWORD"] else "")
    host = f"{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}"
    return f"postgres://{credentials}@{host}/{params['NAME']}"


def _get(url: str) -> int | None:
    try:
        return requests.get(url, timeout=5).status_code
    except requests.RequestException:
        return None


def _wait_for(predicate, timeout: float, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path

    def workers(self) -> set[int]:
        result = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(self.process.pid)], capture_output=True, text=True
        )
        return {int(pid) for pid in result.stdout.split()}


@pytest.fixture
def app_server(transactional_db, tmp_path):
    """gunicorn with the deploy configuration, on the pytest test database."""
    port = _free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "atnet.settings.test",
        "DATABASE_URL": _database_url(),
        "DATABASE_CONN_MAX_AGE": "60",  # persistent connections, as in production
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_MAX_REQUESTS": "0",  # no planned worker restart during the test
        "GUNICORN_LOG_LEVEL": "warning",
    }
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "atnet.wsgi"],
            cwd=ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    server = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        if not _wait_for(lambda: _get(f"{server.url}/healthz") == 200, timeout=120, interval=0.5):
            pytest.fail(f"gunicorn did not start:\n{log.read_text()[-3000:]}")
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Answer:
    person_id: int
    status: int | None
    acknowledged: bool
    at: float
    retry_after: str | None = None
    language: str | None = None
    error: str = ""


class Answerer(threading.Thread):
    """Answers one invitation after another, as fast as the server lets it."""

    def __init__(self, base_url: str, links: list[tuple[int, str]]):
        super().__init__(daemon=True)
        self.base_url, self.links = base_url, links
        self.answers: list[Answer] = []
        self.stop = threading.Event()
        self.session, self.token = self._open_form()

    def _open_form(self) -> tuple[requests.Session, str]:
        """The CSRF cookie and token, from the form opened a few times to warm every worker.

        A worker's first render compiles templates and imports views: seconds on
        a busy machine, which must not be mistaken for the outage.
        """
        session = requests.Session()
        for _ in range(4):
            form = session.get(self.base_url + self.links[0][1], timeout=WARM_UP_TIMEOUT).text
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
        return session, token

    def run(self):
        for person_id, path in self.links:
            if self.stop.is_set():
                return
            self.answers.append(self._answer(person_id, path))

    def _answer(self, person_id, path) -> Answer:
        data = {"csrfmiddlewaretoken": self.token, "response": "attending"}
        try:
            response = self.session.post(self.base_url + path, data=data, timeout=ANSWER_TIMEOUT)
        except requests.RequestException as error:
            return Answer(person_id, None, False, time.monotonic(), error=repr(error))
        language = re.search(r'<html lang="(\w+)"', response.text)
        return Answer(
            person_id,
            response.status_code,
            # The view says "Your answer is recorded" only after the row is saved.
            response.status_code == 200 and 'role="status"' in response.text,
            time.monotonic(),
            response.headers.get("Retry-After"),
            language and language.group(1),
        )

    def acknowledged_after(self, moment: float) -> int:
        return sum(1 for a in list(self.answers) if a.acknowledged and a.at > moment)

    def refused_after(self, moment: float) -> int:
        return sum(1 for a in list(self.answers) if a.status == 503 and a.at > moment)


def _invitation_links(count: int):
    meeting = MeetingFactory(starts_at=timezone.now() + dt.timedelta(days=7))
    meeting.ends_at = meeting.starts_at + dt.timedelta(hours=3)
    meeting.save()
    organisation = OrganisationFactory(slug="outage-test")  # alone in the database
    people = PersonFactory.create_batch(count, organisation=organisation)
    invitations = Invitation.objects.bulk_create(
        Invitation(meeting=meeting, person=person) for person in people
    )
    return meeting, [(i.person_id, f"/ro/meetings/answer/{rsvp_token(i)}/") for i in invitations]


@pytest.mark.exclusive  # another test's connection would die with the server
@pytest.mark.skipif(not POSTGRESQL, reason="restarts a PostgreSQL server; SQLite has none")
def test_the_app_survives_a_postgresql_restart_without_losing_an_acknowledged_answer(
    app_server,
):
    cluster = _cluster()
    meeting, links = _invitation_links(PEOPLE)
    workers = app_server.workers()
    answerer = Answerer(app_server.url, links)
    health: list[tuple[float, int | None]] = []

    def health_is(status: int) -> bool:
        health.append((time.monotonic(), _get(f"{app_server.url}/healthz")))
        return health[-1][1] == status

    moments: dict[str, float] = {}
    answerer.start()
    try:
        assert _wait_for(lambda: answerer.acknowledged_after(0) >= 5, timeout=60)
        _checkpoint()
        moments["stop"] = time.monotonic()
        _finished(_pg_ctl("stop", cluster))
        moments["stopped"] = time.monotonic()
        outage = _wait_for(
            lambda: health_is(503) and answerer.refused_after(moments["stop"]) > 0, timeout=15
        )
        moments["seen"] = time.monotonic()
        starting = _pg_ctl("start", cluster)
        assert _wait_for(_pg_is_ready, timeout=30)
        moments["back"] = time.monotonic()
        recovered = _wait_for(lambda: health_is(200), timeout=RECOVERY_LIMIT)
        moments["recovered"] = time.monotonic()
        _finished(starting)
        assert _wait_for(lambda: answerer.acknowledged_after(moments["back"]) >= 5, timeout=30)
    finally:
        answerer.stop.set()
        answerer.join(timeout=30)
        if not _pg_is_ready():
            _finished(_pg_ctl("start", cluster))
        connections.close_all()  # this process's connections did not survive the restart

    timeline = ", ".join(f"{name} {at - moments['stop']:+.2f}s" for name, at in moments.items())
    print(  # the figures for the report (pytest -s)
        f"\n{timeline}; answers: {len(answerer.answers)}, "
        f"acknowledged {sum(a.acknowledged for a in answerer.answers)}, "
        f"503 {sum(a.status == 503 for a in answerer.answers)}"
    )
    failures = [
        (round(a.at - moments["stop"], 2), a.status, a.error)
        for a in answerer.answers
        if a.status not in (200, 503)
    ]
    assert outage, f"/healthz never said 503 while PostgreSQL was stopped: {health}"
    assert recovered, f"/healthz not 200 within {RECOVERY_LIMIT}s of PostgreSQL's return"
    assert app_server.workers() == workers, "gunicorn replaced a worker"
    assert app_server.process.poll() is None
    assert failures == [], f"{failures}\n{app_server.log.read_text()[-2000:]}"

    refusals = [a for a in answerer.answers if a.status == 503]
    assert all(a.retry_after == str(RETRY_AFTER_SECONDS) for a in refusals)
    assert all(a.language == "ro" for a in refusals)

    acknowledged = {a.person_id for a in answerer.answers if a.acknowledged}
    saved = set(
        Registration.objects.filter(meeting=meeting, person_id__in=acknowledged).values_list(
            "person_id", flat=True
        )
    )
    assert acknowledged - saved == set()
