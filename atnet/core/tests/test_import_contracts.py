"""The layers of docs/architecture.md hold: import-linter's contracts in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(config: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(config), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_import_contracts_are_kept():
    result = _lint(ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_a_contract_the_code_breaks_fails(tmp_path):
    """A known import (reports reads the meetings' records) against a contract that
    forbids it: the check must fail, so a kept contract above means something."""
    config = tmp_path / "violated.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "atnet"\n\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "reports below meetings (deliberately wrong)"\n'
        'type = "layers"\nlayers = ["atnet.meetings", "atnet.reports"]\n'
    )
    result = _lint(config)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
    assert "atnet.reports.figures.meetings -> atnet.meetings" in result.stdout
