"""Backups that restore: the database and every folder of uploaded files, with a manifest.

A backup is one folder named by its UTC time, readable by its owner only:

    20261128T233000Z/
        manifest.json        what is inside: each file's size and SHA-256, the
                             database vendor, the last migration of each app
        SHA256SUMS           the same checksums, for `sha256sum --check`
        db.dump              PostgreSQL: `pg_dump --format=custom`
        db.sqlite3           SQLite: a copy made with SQLite's online backup API
        files-media.tar.gz   MEDIA_ROOT (images, documents)
        files-<storage>.tar.gz  every other folder a FileField stores into
                             (e.g. support's private folder for handover acts)
        bucket-<alias>.tar.gz  with an S3-compatible bucket (ATNET_STORAGE_URL),
                             every object of the `default` and `private`
                             storages, read and written through the storage API

The folder is written as `<stamp>.partial` and renamed at the end, so a backup
that failed half-way never looks like a complete one. The database is dumped
before the files are archived: every file the dump refers to is then in the
archive (a file uploaded in between is merely extra).

A restore goes into an *empty* database and *empty* file folders only: it can
never overwrite live data by mistake. Create the database first (`createdb`),
point DATABASE_URL (or `--database-url`) at it, restore, then `migrate`.
"""

import dataclasses
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder

MANIFEST = "manifest.json"
CHECKSUMS = "SHA256SUMS"
FORMAT_VERSION = 1
DATABASE_FILES = {"postgresql": "db.dump", "sqlite": "db.sqlite3"}
# libpq reads these connection OPTIONS from PG<NAME> environment variables.
LIBPQ_OPTIONS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout")
# The storage aliases that hold uploads (atnet/settings/storage.py).
UPLOAD_ALIASES = ("default", "private")


class BackupError(Exception):
    """A backup cannot be written, or a folder cannot be restored (the message says why)."""


@dataclass(frozen=True)
class Target:
    """Where a restore writes: a database (Django settings dict) and the file folders."""

    database: dict
    roots: dict[str, Path]
    buckets: dict[str, Storage] = dataclasses.field(default_factory=dict)


# Files -----------------------------------------------------------------------


def _storage_key(storage: FileSystemStorage) -> str:
    if getattr(storage, "backup_key", None):
        return storage.backup_key
    cls = type(storage)
    return f"{cls.__module__}.{cls.__qualname__}".replace(".", "-")


def _is_within(path: Path, parent: Path) -> bool:
    return path == parent or parent in path.parents


def file_roots() -> dict[str, Path]:
    """Every folder uploaded files live in, by a name stable across machines.

    MEDIA_ROOT, plus the location of each FileField's storage that is not
    inside it, found from the models: a new app's private storage is backed
    up without anyone remembering to add it here.
    """
    media = Path(settings.MEDIA_ROOT).resolve()
    roots = {"media": media}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            storage = getattr(field, "storage", None)
            if not isinstance(storage, FileSystemStorage):
                continue
            location = Path(storage.location).resolve()
            if any(_is_within(location, root) for root in roots.values()):
                continue
            key = _storage_key(storage)
            if key in roots:
                raise BackupError(f"two folders for one storage class {key}: {location}")
            roots[key] = location
    for alias in UPLOAD_ALIASES:
        storage = storages[alias] if alias in settings.STORAGES else None
        if isinstance(storage, FileSystemStorage):
            location = Path(storage.location).resolve()
            if not any(_is_within(location, root) for root in roots.values()):
                roots[f"storage-{alias}"] = location
    return roots


def bucket_storages() -> dict[str, Storage]:
    """The upload aliases kept off the local disk (in a bucket), by alias."""
    return {
        alias: storages[alias]
        for alias in UPLOAD_ALIASES
        if alias in settings.STORAGES and not isinstance(storages[alias], FileSystemStorage)
    }


def _walk(storage: Storage, folder: str = ""):
    """Every file name in the storage, depth first, in a stable order."""
    folders, files = storage.listdir(folder)
    for name in sorted(files):
        yield f"{folder}{name}"
    for name in sorted(folders):
        yield from _walk(storage, f"{folder}{name}/")


def _archive_bucket(storage: Storage, archive: Path) -> None:
    with tarfile.open(archive, "w:gz") as tar:
        for name in _walk(storage):
            info = tarfile.TarInfo(name)
            info.size, info.mode = storage.size(name), 0o600
            with storage.open(name, "rb") as handle:
                tar.addfile(info, handle)


def _bucket_is_empty(storage: Storage) -> bool:
    return next(_walk(storage), None) is None


def _extract_to_bucket(archive: Path, storage: Storage) -> None:
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            # The same rules as for a folder: no absolute names, no "..".
            member = tarfile.data_filter(member, "/restore")
            if not member.isfile():
                continue
            saved = storage.save(member.name, File(tar.extractfile(member), name=member.name))
            if saved != member.name:
                raise BackupError(f"{member.name} was stored as {saved}: the bucket was not empty")


def _archive_name(key: str) -> str:
    return f"files-{key}.tar.gz"


def _archive(root: Path, archive: Path) -> None:
    with tarfile.open(archive, "w:gz") as tar:
        if root.is_dir():
            for child in sorted(root.iterdir()):
                tar.add(child, arcname=child.name)


def _extract(archive: Path, root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        # "data": no absolute paths, no "..", no links out, no device files.
        tar.extractall(root, filter="data")


def _is_empty_folder(root: Path) -> bool:
    return not root.exists() or (root.is_dir() and not any(root.iterdir()))


# Databases -------------------------------------------------------------------


def _vendor(database: dict) -> str:
    engine = database["ENGINE"]
    for vendor in DATABASE_FILES:
        if vendor in engine:
            return vendor
    raise BackupError(f"backups support PostgreSQL and SQLite, not {engine}")


def _libpq_environment(database: dict) -> dict[str, str]:
    """Connection details for pg_dump/pg_restore: in the environment, so no password is in argv."""
    values = {
        "PGHOST": database.get("HOST"),
        "PGPORT": database.get("PORT"),
        "PGUSER": database.get("USER"),
        "PGPASSWORD": database.get("PASSWORD"),
        "PGDATABASE": database.get("NAME"),
    }
    options = database.get("OPTIONS") or {}
    values.update({f"PG{name.upper()}": options.get(name) for name in LIBPQ_OPTIONS})
    return {**os.environ, **{name: str(value) for name, value in values.items() if value}}


def _run(command: list[str], database: dict) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)"
        )
    result = subprocess.run(  # noqa: S603 - fixed program, arguments are paths
        command, env=_libpq_environment(database), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[-2000:]}")


def _postgresql_connect(database: dict):
    import psycopg

    params = {
        "dbname": database.get("NAME"),
        "host": database.get("HOST") or None,
        "port": database.get("PORT") or None,
        "user": database.get("USER") or None,
        "password": database.get("PASSWORD") or None,
    }
    options = database.get("OPTIONS") or {}
    params.update({name: options[name] for name in LIBPQ_OPTIONS if name in options})
    return psycopg.connect(**{k: v for k, v in params.items() if v is not None})


def _postgresql_table_count(database: dict) -> int:
    with _postgresql_connect(database) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')"
            " AND n.nspname NOT LIKE 'pg_toast%' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')"
        ).fetchone()
    return row[0]


def _sqlite_table_count(path: Path) -> int:
    if not path.exists():
        return 0
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    finally:
        conn.close()


def _dump_database(alias: str, folder: Path) -> tuple[str, str]:
    connection = connections[alias]
    vendor = _vendor(connection.settings_dict)
    target = folder / DATABASE_FILES[vendor]
    if vendor == "postgresql":
        # One transaction: consistent while the site keeps running. --no-owner so
        # it restores under another role.
        dump = ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"]
        _run(dump, connection.settings_dict)
        _run(["pg_restore", "--list", str(target)], connection.settings_dict)
    else:
        # Through Django's own connection: works for a file and for the
        # in-memory database of the tests alike, and copies a consistent snapshot.
        if connection.in_atomic_block:
            # SQLite's backup waits for the source's write lock, held here by
            # this very connection: it would wait for ever.
            raise BackupError("a SQLite backup cannot run inside a transaction")
        connection.ensure_connection()
        destination = sqlite3.connect(target)
        try:
            connection.connection.backup(destination)
            if destination.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError("the SQLite copy failed its integrity check")
        finally:
            destination.close()
    return vendor, target.name


def _restore_database(source: Path, vendor: str, database: dict) -> None:
    if _vendor(database) != vendor:
        raise BackupError(f"this backup is of {vendor}; the target database is not")
    if vendor == "postgresql":
        if _postgresql_table_count(database):
            raise BackupError(
                f"database {database.get('NAME')} is not empty: restore into a new one (createdb)"
            )
        restore = ["pg_restore", "--no-owner", "--no-privileges", "--single-transaction"]
        restore += ["--exit-on-error", f"--dbname={database['NAME']}", str(source)]
        _run(restore, database)
        return
    path = Path(database["NAME"])
    if _sqlite_table_count(path):
        raise BackupError(f"database {path} is not empty: restore into a new file")
    path.parent.mkdir(parents=True, exist_ok=True)
    backup, destination = sqlite3.connect(source), sqlite3.connect(path)
    try:
        backup.backup(destination)
    finally:
        backup.close()
        destination.close()


def _last_migrations(alias: str) -> dict[str, str]:
    applied = MigrationRecorder(connections[alias]).applied_migrations()
    last: dict[str, str] = {}
    for app_label, name in sorted(applied):
        last[app_label] = max(last.get(app_label, ""), name)
    return last


# Manifest --------------------------------------------------------------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _describe(folder: Path, names: list[str]) -> dict[str, dict]:
    return {
        name: {"size": (folder / name).stat().st_size, "sha256": _sha256(folder / name)}
        for name in names
    }


def backup_verify(folder: Path) -> dict:
    """The manifest, once every file it lists has its recorded size and checksum."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BackupError(f"no readable {MANIFEST} in {folder}: {error}") from error
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"unknown backup format {manifest.get('format')!r}")
    for name, expected in manifest["files"].items():
        path = folder / name
        if Path(name).name != name or not path.is_file():
            raise BackupError(f"{name} is missing from {folder}")
        if path.stat().st_size != expected["size"] or _sha256(path) != expected["sha256"]:
            raise BackupError(f"{name} does not match its checksum: the backup is damaged")
    return manifest


# Backup and restore ----------------------------------------------------------


def _check_output_outside_roots(parent: Path, roots: dict[str, Path]) -> None:
    for root in roots.values():
        if _is_within(parent, root):
            raise BackupError(f"the backup folder {parent} is inside {root}, which it archives")


def backup_create(parent: Path, *, alias: str = "default", now: dt.datetime | None = None) -> Path:
    """Write a complete backup into a new folder under `parent` and return the folder."""
    parent = Path(parent).resolve()
    roots = file_roots()
    _check_output_outside_roots(parent, roots)
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    folder, partial = parent / stamp, parent / f"{stamp}.partial"
    if folder.exists() or partial.exists():
        raise BackupError(f"{folder} already exists")
    parent.mkdir(parents=True, exist_ok=True)
    partial.mkdir(mode=0o700)
    try:
        vendor, database_file = _dump_database(alias, partial)
        archives = {}
        for key, root in roots.items():
            archives[key] = _archive_name(key)
            _archive(root, partial / archives[key])
        buckets = {}
        for name, storage in bucket_storages().items():
            buckets[name] = f"bucket-{name}.tar.gz"
            _archive_bucket(storage, partial / buckets[name])
        files = _describe(partial, [database_file, *archives.values(), *buckets.values()])
        manifest = {
            "format": FORMAT_VERSION,
            "created_at": stamp,
            "database": {"vendor": vendor, "file": database_file},
            "migrations": _last_migrations(alias),
            "roots": archives,
            "buckets": buckets,
            "files": files,
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        sums = "".join(f"{entry['sha256']}  {name}\n" for name, entry in files.items())
        (partial / CHECKSUMS).write_text(sums, encoding="utf-8")
        for path in partial.iterdir():
            path.chmod(0o600)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    partial.rename(folder)
    return folder


def restore_target(alias: str = "default", database: dict | None = None) -> Target:
    """The configured database (or the one given) and the configured file folders."""
    return Target(
        database=database or connections[alias].settings_dict,
        roots=file_roots(),
        buckets=bucket_storages(),
    )


def backup_restore(folder: Path, target: Target) -> dict:
    """Restore a verified backup into an empty database and empty folders; return its manifest."""
    folder = Path(folder)
    manifest = backup_verify(folder)
    unknown = set(manifest["roots"]) - set(target.roots)
    if unknown:
        raise BackupError(f"no folder is configured for {', '.join(sorted(unknown))}")
    buckets = manifest.get("buckets", {})  # none in backups made before buckets
    unknown = set(buckets) - set(target.buckets)
    if unknown:
        raise BackupError(f"no bucket storage is configured for {', '.join(sorted(unknown))}")
    for key in manifest["roots"]:
        if not _is_empty_folder(target.roots[key]):
            raise BackupError(f"{target.roots[key]} is not empty: restore into empty folders")
    for alias in buckets:
        if not _bucket_is_empty(target.buckets[alias]):
            raise BackupError(
                f"the {alias} storage's bucket is not empty: restore into an empty one"
            )
    database = manifest["database"]
    _restore_database(folder / database["file"], database["vendor"], target.database)
    for key, archive in manifest["roots"].items():
        _extract(folder / archive, target.roots[key])
    for alias, archive in buckets.items():
        _extract_to_bucket(folder / archive, target.buckets[alias])
    return manifest
