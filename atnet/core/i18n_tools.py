"""Message catalogues: extract per app, compile with polib.

Each app keeps its own catalogue in `atnet/<app>/locale/` so that engineers
working on different apps never edit the same file; the project catalogue in
`atnet/locale/` holds the shared templates, settings and `core`.

    python -m atnet.core.i18n_tools extract [app ...]  # needs GNU gettext (dev only)
    python -m atnet.core.i18n_tools compile   # pure Python: .po -> .mo
    python -m atnet.core.i18n_tools check     # untranslated or fuzzy entries, per file
"""

import subprocess
import sys
from pathlib import Path

import polib

PROJECT = Path(__file__).resolve().parent.parent
LANGUAGES = ["ro", "en", "ru"]
SHARED = {"core", "templates", "settings", "static", "locale"}


def app_dirs() -> list[Path]:
    return sorted(p.parent for p in PROJECT.glob("*/apps.py") if p.parent.name not in SHARED)


def _makemessages(cwd: Path, ignore: list[str]) -> None:
    command = [
        sys.executable,
        str(PROJECT.parent / "manage.py"),
        "makemessages",
        "--no-obsolete",
        "--no-location",
        *[f"-l{code}" for code in LANGUAGES],
    ]
    for pattern in ignore:
        command += ["--ignore", pattern]
    (cwd / "locale").mkdir(exist_ok=True)
    subprocess.run(command, cwd=cwd, check=True)  # noqa: S603 - our own manage.py


def extract(only: list[str] | None = None) -> None:
    """The project catalogue and every app's, or only those named in `only` ("project" too)."""
    if not only or "project" in only:
        _makemessages(PROJECT, [f"{app.name}/*" for app in app_dirs()] + ["tests/*"])
    for app in app_dirs():
        if not only or app.name in only:
            _makemessages(app, ["tests/*", "demo_content.py"])


def po_files() -> list[Path]:
    return sorted(PROJECT.glob("**/locale/*/LC_MESSAGES/django.po"))


def compile_all() -> None:
    for po_path in po_files():
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))


def missing() -> dict[str, list[str]]:
    """msgids without a translation (or marked fuzzy), by catalogue."""
    report = {}
    for po_path in po_files():
        catalogue = polib.pofile(str(po_path))
        gaps = [
            entry.msgid
            for entry in catalogue.untranslated_entries() + catalogue.fuzzy_entries()
            if not entry.obsolete
        ]
        if gaps:
            report[str(po_path.relative_to(PROJECT))] = gaps
    return report


def main(action: str, *names: str) -> int:
    if action == "extract":
        extract(list(names))
    elif action == "compile":
        compile_all()
    elif action == "check":
        for path, gaps in missing().items():
            print(f"{path}: {len(gaps)} missing", *gaps[:20], sep="\n  ")
        return 1 if missing() else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(*(sys.argv[1:] or [""])))
