"""Production settings: refuse to start half-configured; pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _manage(*args, **env):
    unset = ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE")  # the last: browser tests
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment.update(DJANGO_SETTINGS_MODULE="atnet.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage("check", ALLOWED_HOSTS="atnet.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _manage("check", SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def _deploy_check(**env):
    """`check --deploy` failing on warnings, with production's required values set."""
    return _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="k3y-" + "a1b2c3d4e5" * 6,
        ALLOWED_HOSTS="atnet.example.org",
        ATNET_IATI_ORG_REF="MD-IDNO-1000000000000",  # a test value of the right shape
        **env,
    )


def test_production_passes_the_deploy_checks():
    result = _deploy_check(REDIS_URL="redis://127.0.0.1:6379/1")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_deploy_checks_want_a_cache_shared_by_the_workers():
    result = _deploy_check(REDIS_URL="")
    assert result.returncode != 0
    assert "atnet.core.W001" in result.stdout + result.stderr


def test_a_misspelt_boolean_is_an_error_not_false():
    result = _manage("check", SECRET_KEY="x" * 60, ALLOWED_HOSTS="a.org", DEBUG="ture")
    assert result.returncode != 0
    assert "DEBUG must be one of" in result.stderr
