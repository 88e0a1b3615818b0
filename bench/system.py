"""Processes and system packages: what the bench starts it also stops."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .config import OUT, PYTHON, ROOT

APT_PACKAGES = {"nginx": "nginx", "wrk": "wrk"}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def ensure_tools() -> None:
    """nginx and wrk come from Debian; installed once if missing."""
    missing = [pkg for cmd, pkg in APT_PACKAGES.items() if not _which(cmd)]
    if not missing:
        return
    log(f"installing {', '.join(missing)} from Debian")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    apt_lists = Path("/var/lib/apt/lists")
    if not any(apt_lists.glob("*Packages*")):
        subprocess.run([*sudo, "apt-get", "update", "-q"], check=True, env=env)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-q", *missing], check=True, env=env)


def _which(command: str) -> str | None:
    return shutil.which(command) or next(
        (str(p) for p in (Path("/usr/sbin") / command, Path("/sbin") / command) if p.exists()),
        None,
    )


def nginx_binary() -> str:
    return _which("nginx") or "nginx"


def manage(env: dict, *args: str, cwd: Path = ROOT, quiet: bool = True) -> str:
    result = subprocess.run(
        [str(PYTHON), "manage.py", *args], cwd=cwd, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"manage.py {' '.join(args)} failed")
    if not quiet:
        print(result.stdout, end="")
    return result.stdout


def port_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def wait_http(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - local
                if response.status < 500:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {timeout:.0f} s")


class Service:
    """A child process in its own process group, logged to bench/out/logs."""

    def __init__(self, name: str, command: list[str], env: dict, cwd: Path = ROOT):
        self.name = name
        logs = OUT / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        self.log_path = logs / f"{name}.log"
        self.process = subprocess.Popen(
            command,
            env=env,
            cwd=cwd,
            stdout=self.log_path.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def check_alive(self) -> None:
        if self.process.poll() is not None:
            tail = self.log_path.read_text()[-3000:]
            raise SystemExit(f"{self.name} exited ({self.process.returncode}):\n{tail}")
