"""What the micro-cache must do, checked against the running profile.

Anonymous GETs are served from the cache; a session or CSRF cookie, a POST and
the admin bypass it; a publish shows through the cache within about a second.
"""

import subprocess
import time
import urllib.error
import urllib.request
from html import unescape

from .config import PYTHON, ROOT, Config
from .database import production_env


def fetch(url: str, *, cookie: str = "", method: str = "GET") -> tuple[int, str, str]:
    request = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    if cookie:
        request.add_header("Cookie", cookie)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - local
            body = response.read().decode("utf-8", "replace")
            return response.status, response.headers.get("X-Cache-Status", ""), body
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("X-Cache-Status", ""), ""


SERVED = {"HIT", "UPDATING", "STALE"}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def run(cfg: Config, targets: dict) -> list[dict]:
    base = f"http://127.0.0.1:{cfg.nginx_port}"
    article = base + targets["ro"]["article"]
    urllib.request.install_opener(urllib.request.build_opener(_NoRedirect))
    checks = []

    def check(name: str, ok: bool, detail: str) -> None:
        checks.append({"check": name, "ok": ok, "detail": detail})

    fetch(article)
    _status, state, _ = fetch(article)
    check("anonymous GET is served from the cache", state in SERVED, state)
    _status, state, _ = fetch(article, cookie="sessionid=bench")
    check("a session cookie bypasses the cache", state == "BYPASS", state)
    _status, state, _ = fetch(article, cookie="csrftoken=bench")
    check("a CSRF cookie bypasses the cache", state == "BYPASS", state)
    _status, state, _ = fetch(base + "/admin/login/")
    check("the admin is never cached", state == "BYPASS", state or "(none)")
    status, state, _ = fetch(article, method="POST")
    check("a POST is never served from the cache", state not in SERVED, f"{status} {state or '-'}")
    check(*_publish_shows(cfg, targets["ro"], article))
    return checks


def _publish_shows(cfg: Config, ro: dict, url: str) -> tuple[str, bool, str]:
    """Publish a new title, then poll through nginx until it appears."""
    name = "a publish shows through the cache within 1 s (+ one render)"
    original = _title(fetch(url)[2])
    marker = f"Bench publish {int(time.time())}"
    env = production_env(cfg)
    subprocess.run(
        [str(PYTHON), "-m", "bench.publish", str(ro["article_id"]), marker],
        cwd=ROOT,
        env=env,
        check=True,
    )
    published = time.monotonic()
    seen = None
    while time.monotonic() - published < 5:
        if marker in fetch(url)[2]:
            seen = time.monotonic() - published
            break
        time.sleep(0.05)
    subprocess.run(
        [str(PYTHON), "-m", "bench.publish", str(ro["article_id"]), original],
        cwd=ROOT,
        env=env,
        check=True,
    )
    if seen is None:
        return name, False, "not visible after 5 s"
    return name, seen <= 1.5, f"visible after {seen:.2f} s"


def _title(html: str) -> str:
    start = html.find("<h1")
    start = html.find(">", start) + 1
    return unescape(html[start : html.find("</h1>", start)].strip())
