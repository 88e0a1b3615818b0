"""Private files: one storage, `STORAGES["private"]`, never under the web root.

Every app's private files (minutes' attachments, handover acts, members-only
materials) are stored through `storages["private"]` and leave only through a
view that checks who asks. The default backend is a folder outside MEDIA_ROOT
(ATNET_PRIVATE_ROOT); another backend (S3, say) can be put behind the same
alias without touching the apps.

Stored names are random: a guessed or leaked name tells nothing, and the
uploader's file name (often a person's or an organisation's) is not on disk.

Behind nginx (production), a permitted download is answered with an
`X-Accel-Redirect` to an `internal` location (ATNET_PRIVATE_ACCEL_PREFIX), so
nginx sends the bytes and no URL serves the folder to anyone else.
"""

import os
import secrets
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.utils.deconstruct import deconstructible
from django.utils.text import slugify

from .compat.django import storage_location

# An extension is kept only if it is this short and plain: it tells nginx and the
# browser the kind of file, and nothing of the person who uploaded it.
_MAX_EXTENSION = 8


class PrivateStorage(FileSystemStorage):
    """A folder no URL serves. Its location is read at each access, so tests can move it."""

    # Backups made before the alias name their archive after the class that held
    # these files then (atnet.support.storage.PrivateStorage); kept so they restore.
    backup_key = "atnet-support-storage-PrivateStorage"

    @property
    def base_location(self):
        default = getattr(settings, "ATNET_PRIVATE_ROOT", "") or Path(settings.VAR_DIR) / "private"
        return str(storage_location(self, str(default)))

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no URL: serve them through a permission-checked view.")


def private_storage():
    """The storage of private FileFields (a callable: migrations name the alias, not a path)."""
    return storages["private"]


@deconstructible(path="atnet.core.private_files.RandomName")
class RandomName:
    """`upload_to`: `<folder>/<32 random hex digits>.<ext>`, whatever the uploader called it."""

    def __init__(self, folder: str):
        self.folder = folder.strip("/")

    def __call__(self, instance, filename: str) -> str:
        return f"{self.folder}/{secrets.token_hex(16)}{safe_extension(filename)}"

    def __eq__(self, other):
        return isinstance(other, RandomName) and other.folder == self.folder


def safe_extension(filename: str) -> str:
    extension = os.path.splitext(filename or "")[1].lower()
    if 1 < len(extension) <= _MAX_EXTENSION and extension[1:].isascii() and extension[1:].isalnum():
        return extension
    return ""


def download_name(title: str, stored_name: str, fallback: str = "file") -> str:
    """The name a download is saved under: the record's title, the stored file's extension."""
    stem = slugify(title or "")[:80] or fallback
    return f"{stem}{safe_extension(stored_name)}"


def accel_redirect_path(field_file) -> str | None:
    """The internal nginx location of a private file, or None to stream it from Django.

    Only for the folder storage (nginx reads the same folder); a remote backend
    behind the alias streams through Django or its own signed URLs.
    """
    prefix = getattr(settings, "ATNET_PRIVATE_ACCEL_PREFIX", "")
    storage = getattr(field_file, "storage", None)
    if not prefix or storage is None or storage is not storages["private"]:
        return None
    if not isinstance(storage, FileSystemStorage):
        return None
    return prefix.rstrip("/") + "/" + quote(field_file.name.lstrip("/"))


def move_into_private(model, field_name: str, folder: str, old_storage) -> int:
    """For data migrations: put each stored file under a random name in the private storage.

    A file is read from `old_storage` (where the app kept it before) or, failing
    that, from the private storage itself under its old name; a row whose file is
    missing from both is left as it is. Returns the number of files moved.
    """
    from django.core.files import File

    target = storages["private"]
    namer = RandomName(folder)
    moved = 0
    for pk, name in model.objects.exclude(**{field_name: ""}).values_list("pk", field_name):
        if _is_random(name, namer.folder):
            continue
        source = old_storage if old_storage.exists(name) else target
        if not source.exists(name):
            continue
        with source.open(name, "rb") as handle:
            new_name = target.save(namer(None, name), File(handle))
        model.objects.filter(pk=pk).update(**{field_name: new_name})
        source.delete(name)
        moved += 1
    return moved


def _is_random(name: str, folder: str) -> bool:
    head, _, tail = name.partition("/")
    stem = os.path.splitext(tail)[0]
    return head == folder and len(stem) == 32 and all(c in "0123456789abcdef" for c in stem)
