"""No module reaches for a private name of Django or Wagtail, except the adapters.

A private name (one starting with `_`) may change in any release. The few the
project needs are wrapped in `atnet/core/compat/` and pinned by test_compat.py;
everywhere else, this test fails on:
- an import of a `_name` (or from a `_module`) of `django.` or `wagtail.`;
- an attribute `x._name`, or getattr(x, "_name"), where `_name` is a name
  the installed Django or Wagtail source defines or uses, except on `self`/`cls`
  when the module defines that name itself.
The names Django documents as public despite the underscore (`Model._meta`,
`_base_manager`, `_default_manager`, `_state`) are allowed.
"""

import ast
import re
from pathlib import Path

import django
import wagtail

ROOT = Path(__file__).resolve().parents[3]
SCANNED = ("atnet", "bench")
SKIPPED_PARTS = {"tests", "compat", "migrations"}
DOCUMENTED = {"_meta", "_base_manager", "_default_manager", "_state"}
# Owned by engineers working on them now; each has its adapter in compat already.
PENDING = {}
ATTRIBUTE_CALLS = {"getattr", "hasattr", "setattr", "delattr"}
NAME = re.compile(r"\b(_[A-Za-z][A-Za-z0-9_]*)\b")


def _framework_names() -> frozenset[str]:
    names = set()
    for package in (django, wagtail):
        for path in Path(package.__file__).parent.rglob("*.py"):
            names.update(NAME.findall(path.read_text(errors="ignore")))
    return frozenset(name for name in names if not name.startswith("__")) - DOCUMENTED


FRAMEWORK = _framework_names()


def _own_names(tree: ast.AST) -> set[str]:
    """Names the module itself defines: functions, classes and attributes it assigns."""
    own = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            own.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            own.add(node.attr)
    return own


def private_uses(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    own = _own_names(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in (
            "django",
            "wagtail",
        ):
            parts = [*node.module.split("."), *(alias.name for alias in node.names)]
            found += [(node.lineno, part) for part in parts if part.startswith("_")]
        elif isinstance(node, ast.Attribute) and node.attr in FRAMEWORK:
            on_self = isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
            if not (on_self and node.attr in own):
                found.append((node.lineno, node.attr))
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") in ATTRIBUTE_CALLS:
            names = [arg.value for arg in node.args[1:2] if isinstance(arg, ast.Constant)]
            found += [(node.lineno, name) for name in names if name in FRAMEWORK]
    return found


def _modules():
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if not SKIPPED_PARTS & set(relative.parts):
                yield relative.as_posix(), path


def test_no_module_outside_the_adapters_uses_a_private_framework_name():
    offenders = {
        name: uses
        for name, path in _modules()
        if name not in PENDING and (uses := private_uses(path.read_text()))
    }
    assert offenders == {}


def test_the_pending_exceptions_are_still_needed():
    """An exception is removed as soon as its module no longer needs it."""
    for name in PENDING:
        assert private_uses((ROOT / name).read_text()), name


def test_the_check_finds_each_kind_of_private_use():
    source = (
        "from django.http.request import _x\n"
        "from django.utils._os import safe_join\n"
        "request._get_raw_host()\n"
        "getattr(request, '_wagtail_site', None)\n"
        "class A:\n"
        "    def f(self):\n"
        "        return self._get_connection_pool(True)\n"
    )
    assert sorted(private_uses(source)) == [
        (1, "_x"),
        (2, "_os"),
        (3, "_get_raw_host"),
        (4, "_wagtail_site"),
        (7, "_get_connection_pool"),
    ]


def test_the_check_allows_documented_names_and_the_modules_own():
    source = (
        "Model._meta.get_field('x')\n"
        "Model._base_manager.all()\n"
        "class B:\n"
        "    def _check(self):\n"
        "        return self._check()\n"
    )
    assert private_uses(source) == []
