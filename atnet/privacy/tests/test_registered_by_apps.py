"""Each app registers its own personal data; the privacy app holds only the engine."""

import ast
from pathlib import Path

from atnet.privacy import registry

ATNET = Path(registry.__file__).resolve().parents[1]
# Models of other projects: registered by the app that uses them.
OWNER = {"auth": "accounts", "wagtailusers": "accounts", "otp_totp": "accounts",
         "otp_static": "accounts"}  # fmt: skip


def _labels_registered_in(path: Path) -> set[str]:
    labels = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Source":
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant):
                labels.add(first.value)
    return labels


def test_every_source_is_registered_by_the_app_owning_its_model():
    for source in registry.installed_sources():
        app = source.label.split(".")[0]
        owner = OWNER.get(app, app)
        assert source.label in _labels_registered_in(ATNET / owner / "privacy.py"), source.label


def test_the_privacy_app_registers_no_source_of_its_own():
    for path in (ATNET / "privacy").rglob("*.py"):
        if "tests" not in path.parts:
            assert _labels_registered_in(path) == set(), path
