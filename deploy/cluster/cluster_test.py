"""The cluster across hosts: two application nodes, a worker and nginx, each in its own network.

Run as root (`make cluster-test`): the test makes four network namespaces on a
bridge, so that each node reaches the others only over the network, as separate
machines would:

    10.221.0.1   this machine: PostgreSQL, Redis (through socat) and the S3 test
                 server (moto's server mode, a test peer, not a recommendation)
    10.221.0.11  host A: gunicorn          10.221.0.12  host B: gunicorn
    10.221.0.13  host W: the task worker   10.221.0.14  host N: nginx

Each node has its own ATNET_VAR_DIR, so anything a node kept on its own disk
would show up as a failure. The checks:

1. a document uploaded through A downloads through B (one bucket);
2. an invitation sent from A is delivered by the worker host (one queue);
3. a page published on A shows through nginx to a client on B (one content version);
4. signing out everywhere on B ends the session on A (one session store);
5. failed sign-ins on A lock the account out on B (one set of throttling counters);
6. stopping A under load loses no request beyond those in flight.

The database is a copy of a migrated template database (rebuilt only when a
migration or the demo content changes), created for the run and dropped after;
Redis uses its own database number, emptied before and after.

`CLUSTER_BENCH=1` also measures requests per second through nginx with one
node and with two (docs/performance.md).
"""

import hashlib
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

import psycopg
import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from atnet.core import s3server  # noqa: E402
from bench.servers import render  # noqa: E402

PYTHON = sys.executable
BIN = Path(PYTHON).parent
GATEWAY = "10.221.0.1"
HOSTS = {"a": "10.221.0.11", "b": "10.221.0.12", "w": "10.221.0.13", "n": "10.221.0.14"}
APP_PORT, NGINX_PORT = 8001, 8080
PG = "postgresql://postgres@127.0.0.1:5432/postgres"
REDIS_DB = int(os.environ.get("CLUSTER_REDIS_DB", "13"))
TEMPLATE_DB = "atnet_cluster_template"
ADMIN, PASSWORD = "cluster-admin", "Cluster-test-Pa55word-x9"
SECRET = "cluster-test-" + "k3y5ecret" * 6
STATE = ROOT / "var" / "cluster"
BRIDGE = "atnet-ct-br"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(*command: str, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(command, check=False, capture_output=True, text=True, **kwargs)  # noqa: S603
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr[-3000:]}")
    return result


def netns(host: str) -> str:
    return f"atnet-ct-{host}"


# The network ----------------------------------------------------------------


def network_down() -> None:
    for host in HOSTS:
        run("ip", "netns", "del", netns(host), check=False)
        run("ip", "link", "del", f"atnet-ct-v{host}", check=False)
    run("ip", "link", "del", BRIDGE, check=False)


@contextmanager
def network():
    network_down()  # what a killed run may have left
    run("ip", "link", "add", BRIDGE, "type", "bridge")
    run("ip", "addr", "add", f"{GATEWAY}/24", "dev", BRIDGE)
    run("ip", "link", "set", BRIDGE, "up")
    try:
        for host, address in HOSTS.items():
            ns, veth = netns(host), f"atnet-ct-v{host}"
            run("ip", "netns", "add", ns)
            run("ip", "link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", ns)
            run("ip", "link", "set", veth, "master", BRIDGE, "up")
            run("ip", "netns", "exec", ns, "ip", "addr", "add", f"{address}/24", "dev", "eth0")
            run("ip", "netns", "exec", ns, "ip", "link", "set", "eth0", "up")
            run("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up")
        yield
    finally:
        network_down()


class Processes:
    """Every process the test starts, stopped (by its own pid) at the end."""

    def __init__(self, logs: Path):
        self.logs, self.started = logs, []

    def start(self, name: str, command: list[str], env: dict | None = None, host: str = ""):
        prefix = ["ip", "netns", "exec", netns(host)] if host else []
        out = (self.logs / f"{name}.log").open("w")
        # Its own process group, so that the end of the test also ends what it
        # forked (socat's connection handlers).
        process = subprocess.Popen(  # noqa: S603
            [*prefix, *command],
            env=env or dict(os.environ),
            stdout=out,
            stderr=out,
            cwd=ROOT,
            start_new_session=True,
        )
        self.started.append((name, process))
        return process

    def stop_all(self) -> None:
        for _name, process in reversed(self.started):
            self._signal(process, signal.SIGTERM)
        for _name, process in self.started:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._signal(process, signal.SIGKILL)
            self._signal(process, signal.SIGKILL)  # whatever of its group is left

    @staticmethod
    def _signal(process: subprocess.Popen, number: int) -> None:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, number)


def wait_until(predicate, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except (OSError, requests.RequestException):
            value = None
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"not within {seconds} s: {what}")


# The database ---------------------------------------------------------------


def fingerprint() -> str:
    """Changes when a migration or the demo content does: the template is then rebuilt."""
    digest = hashlib.sha256()
    paths = [*ROOT.glob("atnet/*/migrations/*.py"), *ROOT.glob("atnet/*/demo.py")]
    for path in sorted(paths):
        digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    return digest.hexdigest()[:32]


def admin_sql(sql: str, *params):
    with psycopg.connect(PG, autocommit=True) as conn:
        cursor = conn.execute(sql, params)
        return cursor.fetchall() if cursor.description else None


# The admin signs in with a password and a second factor: one recovery code per sign-in.
CODES = [f"clustercode{n:04d}" for n in range(1, 21)]
CREATE_ADMIN = f"""
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
user = get_user_model().objects.create_superuser({ADMIN!r}, "admin@cluster.test", {PASSWORD!r})
TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
device = StaticDevice.objects.create(user=user, name="recovery", confirmed=True)
StaticToken.objects.bulk_create([StaticToken(device=device, token=c) for c in {CODES!r}])
"""


def template_database(env: dict) -> None:
    """The migrated template with the demo content and an admin, built once per fingerprint."""
    wanted = fingerprint()
    rows = admin_sql(
        "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
        TEMPLATE_DB,
    )
    media = STATE / "template-files"
    if rows and rows[0][0] == wanted and media.is_dir():
        return
    log("building the template database (once per change of migrations)")
    admin_sql(f'DROP DATABASE IF EXISTS "{TEMPLATE_DB}" WITH (FORCE)')
    admin_sql(f'CREATE DATABASE "{TEMPLATE_DB}"')
    shutil.rmtree(media, ignore_errors=True)
    local = {
        **env,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{TEMPLATE_DB}",
        "ATNET_STORAGE_URL": "",
        "MEDIA_ROOT": str(media / "media"),
        "ATNET_PRIVATE_ROOT": str(media / "private"),
        "REDIS_URL": "",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    for command in (["migrate", "--noinput"], ["load_demo"]):
        run(PYTHON, "manage.py", *command, env=local, cwd=ROOT)
    run(PYTHON, "manage.py", "shell", "-c", CREATE_ADMIN, env=local, cwd=ROOT)
    admin_sql(f"COMMENT ON DATABASE \"{TEMPLATE_DB}\" IS '{wanted}'")


@contextmanager
def run_database(env: dict):
    name = f"atnet_cluster_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    template_database(env)
    admin_sql(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE_DB}"')
    try:
        yield name
    finally:
        admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def upload_template_files(endpoint: str, bucket: str) -> None:
    """The demo's files into the run's bucket, where the template database expects them."""
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=s3server.REGION,
        aws_access_key_id=s3server.ACCESS_KEY,
        aws_secret_access_key=s3server.SECRET_KEY,
    )
    for prefix in ("media", "private"):
        folder = STATE / "template-files" / prefix
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            key = f"{prefix}/{path.relative_to(folder).as_posix()}"
            public = prefix == "media" and not key.startswith("media/documents/")
            acl = {"ACL": "public-read"} if public else {}
            client.upload_file(str(path), bucket, key, ExtraArgs=acl)


# The nodes ------------------------------------------------------------------


def node_env(base: dict, host: str, database: str, storage_url: str) -> dict:
    var = STATE / "run" / host
    (var / "mail").mkdir(parents=True, exist_ok=True)
    return {
        **base,
        "DATABASE_URL": f"postgres://postgres@{GATEWAY}:5432/{database}",
        "REDIS_URL": f"redis://{GATEWAY}:6379/{REDIS_DB}",
        "ATNET_STORAGE_URL": storage_url,
        "ATNET_VAR_DIR": str(var),
        "MEDIA_ROOT": str(var / "media"),
        "ATNET_PRIVATE_ROOT": str(var / "private"),
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(var / "mail"),
        "GUNICORN_BIND": f"{HOSTS.get(host, '127.0.0.1')}:{APP_PORT}",
        "GUNICORN_FORWARDED_ALLOW_IPS": HOSTS["n"],
        "GUNICORN_WORKERS": os.environ.get("CLUSTER_WORKERS", "2"),
        "GUNICORN_ACCESS_LOG": "",
    }


def base_env() -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "atnet.settings.production",
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "*",
        "SECURE_SSL_REDIRECT": "false",
        "ATNET_MULTI_NODE": "true",
        "ATNET_TRUSTED_PROXY_HEADER": "X-Forwarded-For",
        "AWS_ACCESS_KEY_ID": s3server.ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY": s3server.SECRET_KEY,
        "STATIC_ROOT": str(STATE / "static"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def collectstatic(env: dict) -> None:
    if not (STATE / "static" / "staticfiles.json").exists():
        log("collecting static files (once)")
        run(PYTHON, "manage.py", "collectstatic", "--noinput", "-v0", env=env, cwd=ROOT)


def nginx_conf(folder: Path, nodes: list[str]) -> Path:
    values = {
        "ATNET_CACHE_DIR": str(folder / "cache"),
        "ATNET_UPSTREAM": "unused",
        "ATNET_STATIC_ROOT": str(STATE / "static"),
        "ATNET_MEDIA_ROOT": str(folder / "media"),
        # The cluster's private files are in the bucket (presigned redirects), so
        # nginx's internal location points at an empty folder.
        "ATNET_PRIVATE_ROOT": str(folder / "private"),
        "ATNET_SERVER_NAME": HOSTS["n"],
    }
    http = render(ROOT / "deploy" / "nginx" / "atnet-http.conf.template", values)
    servers = "\n".join(
        f"    server {HOSTS[n]}:{APP_PORT} max_fails=1 fail_timeout=5s;" for n in nodes
    )
    upstream = (ROOT / "deploy" / "cluster" / "atnet-upstream.conf.template").read_text()
    upstream = upstream.replace("${ATNET_UPSTREAM_SERVERS}", servers)
    http = re.sub(r"upstream atnet_app \{.*?\n\}\n", lambda _m: upstream, http, flags=re.S)
    (folder / "atnet-http.conf").write_text(http)
    locations = render(ROOT / "deploy" / "nginx" / "atnet-locations.conf.template", values)
    (folder / "atnet-locations.conf").write_text(locations)
    for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / "temp" / name).mkdir(parents=True, exist_ok=True)
    main = folder / "nginx.conf"
    main.write_text(
        f"""daemon off;
worker_processes 1;
user root root;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {folder}/temp/body;
    proxy_temp_path {folder}/temp/proxy;
    fastcgi_temp_path {folder}/temp/fastcgi;
    uwsgi_temp_path {folder}/temp/uwsgi;
    scgi_temp_path {folder}/temp/scgi;
    include {folder}/atnet-http.conf;
    server {{
        listen {HOSTS["n"]}:{NGINX_PORT};
        include {folder}/atnet-locations.conf;
    }}
}}
"""
    )
    return main


# A browser of sorts: cookies by hand (production marks them Secure, and this is HTTP).


class Client:
    def __init__(self):
        self.cookies: dict[str, str] = {}

    def request(self, method: str, url: str, **kwargs) -> requests.Response:
        response = requests.request(
            method, url, cookies=self.cookies, allow_redirects=False, timeout=30, **kwargs
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def csrf_form(self, url: str) -> str:
        page = self.request("GET", url)
        assert page.status_code == 200, f"GET {url}: {page.status_code}"
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)

    def post_form(self, url: str, data: dict, files=None) -> requests.Response:
        data = {**data, "csrfmiddlewaretoken": self.csrf_form(url)}
        return self.request("POST", url, data=data, files=files, headers={"Referer": url})

    def sign_in(self, base: str, code: str) -> None:
        """Password, then the second factor (a recovery code), on the node at `base`."""
        login = self.post_form(
            f"{base}/ro/accounts/login/", {"username": ADMIN, "password": PASSWORD}
        )
        assert login.status_code == 302, f"password on {base}: {login.status_code}"
        second = login.headers["Location"]
        second = second if second.startswith("http") else base + second
        verified = self.post_form(second, {"code": code})
        assert verified.status_code == 302, f"second factor on {base}: {verified.status_code}"


def curl_in(host: str, url: str, headers: dict | None = None) -> tuple[int, str]:
    """A GET made from inside a host's own network."""
    args = [arg for name, value in (headers or {}).items() for arg in ("-H", f"{name}: {value}")]
    result = run(
        "ip", "netns", "exec", netns(host), "curl", "-s", "-m", "10", *args,
        "-w", "\n%{http_code}", url, check=False,
    )  # fmt: skip
    body, _, code = result.stdout.rpartition("\n")
    return int(code or 0), body


def db_value(database: str, sql: str, *params):
    with psycopg.connect(f"postgresql://postgres@127.0.0.1:5432/{database}") as conn:
        row = conn.execute(sql, params).fetchone()
    return row[0] if row else None


# The checks -------------------------------------------------------------------


def node(host: str) -> str:
    return f"http://{HOSTS[host]}:{APP_PORT}"


def check_upload_on_a_download_on_b(admin: Client, database: str) -> None:
    content = f"cluster document {uuid.uuid4()}\n".encode()
    collection = db_value(database, "SELECT id FROM wagtailcore_collection WHERE depth = 1")
    response = admin.post_form(
        f"{node('a')}/admin/documents/add/",
        {"title": "Cluster document", "collection": collection},
        files={"file": ("cluster-note.txt", content, "text/plain")},
    )
    assert response.status_code == 302, f"upload through A: {response.status_code}"
    document = db_value(
        database,
        "SELECT id || '/' || file FROM wagtaildocs_document WHERE title = %s",
        "Cluster document",
    )
    doc_id, _, name = document.partition("/")
    served = admin.request("GET", f"{node('b')}/documents/{doc_id}/{Path(name).name}")
    assert served.status_code == 200 and served.content == content, served.status_code
    log("1. uploaded through A, downloaded through B")


def check_invitation_delivered_by_worker(admin: Client, database: str) -> None:
    email = f"invitee-{uuid.uuid4().hex[:8]}@cluster.test"
    organisation = db_value(database, "SELECT id FROM network_organisation ORDER BY id LIMIT 1")
    response = admin.post_form(
        f"{node('a')}/ro/accounts/invitations/new/",
        {"email": email, "organisation": organisation, "role": "member", "language": "ro"},
    )
    assert response.status_code == 302, f"invitation on A: {response.status_code}"

    def delivered():
        return [p for p in (STATE / "run" / "w" / "mail").glob("*") if email in p.read_text()]

    wait_until(delivered, 30, "the worker host writes the invitation")
    assert not list((STATE / "run" / "a" / "mail").glob("*")), "node A sent mail itself"
    log("2. invitation sent from A, delivered by the worker host")


PUBLISH = """
from wagtail.models import Page
page = Page.objects.get(pk={pk}).specific
page.title = {title!r}
page.save_revision().publish()
"""


def check_publish_on_a_seen_from_b(env_a: dict, database: str) -> None:
    pk = db_value(
        database,
        "SELECT id FROM wagtailcore_page WHERE depth = 3 AND live AND show_in_menus"
        " ORDER BY path LIMIT 1",
    )
    home = f"http://{HOSTS['n']}:{NGINX_PORT}/ro/"
    code, before = curl_in("b", home)  # fills nginx's micro-cache and B's own caches
    title = f"Cluster {uuid.uuid4().hex[:8]}"
    assert code == 200 and title not in before, code
    command = ["ip", "netns", "exec", netns("a"), PYTHON, "manage.py", "shell", "-c"]
    publish = [*command, PUBLISH.format(pk=pk, title=title)]
    subprocess.run(publish, env=env_a, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    published = time.monotonic()
    wait_until(lambda: title in curl_in("b", home)[1], 10, "the new title through nginx on B")
    log(f"3. published on A, seen through nginx from B after {time.monotonic() - published:.2f} s")


def check_sign_out_everywhere(database: str) -> None:
    user = Client()
    user.sign_in(node("a"), CODES[1])
    protected = f"{node('a')}/ro/accounts/invitations/new/"
    assert user.request("GET", protected).status_code == 200
    # The same session, on B.
    page = user.request("GET", f"{node('b')}/ro/accounts/invitations/new/")
    assert page.status_code == 200, f"session unknown on B: {page.status_code}"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    signed_out = user.request(
        "POST",
        f"{node('b')}/ro/accounts/sign-out-everywhere/",
        data={"csrfmiddlewaretoken": token},
    )
    assert signed_out.status_code == 302, f"sign out everywhere on B: {signed_out.status_code}"
    refused = user.request("GET", protected)
    assert refused.status_code == 302 and "/accounts/login/" in refused.headers["Location"]
    log("4. signed out everywhere on B: the session is refused on A")


def check_lock_out_on_a_holds_on_b() -> None:
    """Five wrong passwords through A: the right one is then refused through B."""
    for _attempt in range(5):
        wrong = Client().post_form(
            f"{node('a')}/ro/accounts/login/", {"username": ADMIN, "password": "wrong-password"}
        )
        assert wrong.status_code == 200, f"a wrong password on A: {wrong.status_code}"
    right = Client().post_form(
        f"{node('b')}/en/accounts/login/", {"username": ADMIN, "password": PASSWORD}
    )
    assert right.status_code == 200, f"the locked-out account signed in on B: {right.status_code}"
    assert "Too many failed attempts" in right.text
    log("5. locked out by failures on A: the right password is refused on B")


def wrk_start(url: str, seconds: int, connections: int = 16) -> subprocess.Popen:
    # A session cookie makes nginx pass every request to the nodes (no micro-cache).
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s"]
    command += ["-H", "Cookie: sessionid=none"]
    return subprocess.Popen([*command, url], stdout=subprocess.PIPE, text=True)  # noqa: S603


def wrk_result(process: subprocess.Popen) -> dict:
    out, _ = process.communicate(timeout=120)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    failed = int(non_2xx.group(1)) if non_2xx else 0
    failed += sum(map(int, errors.groups())) if errors else 0
    return {"rps": rps, "total": total, "failed": failed, "output": out}


def check_stop_a_under_load(node_a: subprocess.Popen) -> None:
    load = wrk_start(f"http://{HOSTS['n']}:{NGINX_PORT}/ro/", 8)
    time.sleep(3)
    node_a.send_signal(signal.SIGTERM)  # a graceful stop: requests in flight finish
    result = wrk_result(load)
    node_a.wait(timeout=30)
    # Sync workers: at most one request in flight per worker of A.
    in_flight = int(os.environ.get("CLUSTER_WORKERS", "2"))
    assert result["total"] > 0
    assert result["failed"] <= in_flight, result["output"]
    log(
        f"6. A stopped under load: {result['total']} requests, {result['failed']} failed "
        f"(at most {in_flight} were in flight on A)"
    )


def bench(folder: Path, nginx: subprocess.Popen) -> None:
    """Uncached pages through nginx, one node against two: interleaved rounds, medians."""
    url = f"http://{HOSTS['n']}:{NGINX_PORT}/ro/"
    seconds = int(os.environ.get("CLUSTER_BENCH_SECONDS", "10"))
    rounds: dict[int, list[float]] = {1: [], 2: []}
    load = os.getloadavg()
    for _round in range(int(os.environ.get("CLUSTER_BENCH_ROUNDS", "3"))):
        for nodes in (["a"], ["a", "b"]):
            nginx_conf(folder, nodes)
            nginx.send_signal(signal.SIGHUP)  # a reload: the new upstream list
            time.sleep(1)
            wrk_result(wrk_start(url, 2))  # warm up
            rounds[len(nodes)].append(wrk_result(wrk_start(url, seconds))["rps"])
    one, two = (statistics.median(rounds[n]) for n in (1, 2))
    log(
        f"bench: one node {one:.1f} req/s {rounds[1]}, two nodes {two:.1f} req/s {rounds[2]}, "
        f"ratio {two / one:.2f}; {os.cpu_count()} cores, load {load} before, "
        f"{os.getloadavg()} after"
    )


def main() -> int:
    if os.geteuid() != 0:
        print("cluster_test.py makes network namespaces: run it as root", file=sys.stderr)
        return 2
    started = time.monotonic()
    STATE.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(STATE / "run", ignore_errors=True)
    logs = Path(tempfile.mkdtemp(prefix="atnet-cluster-"))
    env = base_env()
    processes = Processes(logs)
    redis = ["redis-cli", "-h", "127.0.0.1", "-p", "6379", "-n", str(REDIS_DB), "flushdb"]
    try:
        with ExitStack() as stack:
            stack.callback(lambda: run(*redis, check=False))
            run(*redis)
            collectstatic({**env, "ATNET_STORAGE_URL": ""})
            database = stack.enter_context(run_database(env))
            stack.enter_context(network())
            stack.callback(processes.stop_all)  # before the network goes
            for port in (5432, 6379):  # the shared services, on this machine's bridge address
                processes.start(
                    f"socat-{port}",
                    ["socat", f"TCP-LISTEN:{port},bind={GATEWAY},reuseaddr,fork",
                     f"TCP:127.0.0.1:{port}"],
                )  # fmt: skip
            endpoint = stack.enter_context(s3server.moto_server(GATEWAY))
            bucket = f"atnet-cluster-{uuid.uuid4().hex[:8]}"
            s3server.create_bucket(endpoint, bucket)
            upload_template_files(endpoint, bucket)
            storage_url = s3server.storage_url(endpoint, bucket)
            envs = {h: node_env(env, h, database, storage_url) for h in ("a", "b", "w")}
            gunicorn = [str(BIN / "gunicorn"), "-c", "deploy/gunicorn.conf.py", "atnet.wsgi"]
            nodes = {h: processes.start(f"node-{h}", gunicorn, envs[h], h) for h in ("a", "b")}
            worker = [PYTHON, "manage.py", "db_worker", "--queue-name", "*", "-v0"]
            processes.start("worker", worker, envs["w"], "w")
            folder = logs / "nginx"
            folder.mkdir()
            nginx = processes.start(
                "nginx", ["nginx", "-c", str(nginx_conf(folder, ["a", "b"]))], env, "n"
            )
            for h in ("a", "b"):
                wait_until(lambda h=h: requests.get(f"{node(h)}/healthz", timeout=2).ok, 60, h)
            through_nginx = f"http://{HOSTS['n']}:{NGINX_PORT}/healthz"
            wait_until(lambda: curl_in("b", through_nginx)[0] == 200, 15, "nginx")
            log(f"cluster up in {time.monotonic() - started:.0f} s (logs: {logs})")

            admin = Client()
            admin.sign_in(node("a"), CODES[0])
            check_upload_on_a_download_on_b(admin, database)
            check_invitation_delivered_by_worker(admin, database)
            check_publish_on_a_seen_from_b(envs["a"], database)
            check_sign_out_everywhere(database)
            check_lock_out_on_a_holds_on_b()  # last: the admin stays locked out
            if os.environ.get("CLUSTER_BENCH"):
                bench(folder, nginx)
            check_stop_a_under_load(nodes["a"])
    except Exception:
        log(f"FAILED; the processes' logs are in {logs}")
        raise
    log(f"cluster test passed in {time.monotonic() - started:.0f} s")
    shutil.rmtree(logs, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
