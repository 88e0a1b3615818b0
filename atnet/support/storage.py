"""Private files: stored outside MEDIA_ROOT, under a folder no URL serves.

Handover documents and members-only materials are read only through views
that check permission. The location comes from ATNET_PRIVATE_ROOT (default
VAR_DIR/private) and is read at each access, so tests can move it.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible(path="atnet.support.storage.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    @property
    def base_location(self):
        configured = getattr(settings, "ATNET_PRIVATE_ROOT", "") or os.environ.get(
            "ATNET_PRIVATE_ROOT", ""
        )
        return str(configured or Path(settings.VAR_DIR) / "private")

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no URL: serve them through a permission-checked view.")


private_storage = PrivateStorage()
