"""Private files (minutes' attachments): under MEDIA_ROOT/private, served by no URL.

The storage has no base URL, so nothing can link to a file directly; files are
served only by a view that checks who asks (views.records.attachment_download).
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property


class PrivateStorage(FileSystemStorage):
    # Recomputed when MEDIA_ROOT changes (Django clears these on setting_changed).
    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, os.path.join(settings.MEDIA_ROOT, "private"))

    def url(self, name):
        raise ValueError("Private files have no public URL; use the permission-checked view.")


_storage = PrivateStorage()


def private_storage() -> PrivateStorage:
    """The storage of FileFields (a callable, so migrations do not freeze a path)."""
    return _storage
