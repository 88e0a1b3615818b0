"""Storage classes behind the `default` and `private` aliases (see atnet/settings/storage.py)."""

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible
from storages.backends.s3 import S3Storage

# Wagtail keeps documents here; they are served by its permission-checked view.
DOCUMENTS_PREFIX = "documents/"


@deconstructible(path="atnet.core.objectstorage.LocalPrivateStorage")
class LocalPrivateStorage(FileSystemStorage):
    """ATNET_PRIVATE_ROOT, read at each access (tests move it), with no URL of its own."""

    @property
    def base_location(self):
        configured = getattr(settings, "ATNET_PRIVATE_ROOT", "")
        return str(configured or Path(settings.VAR_DIR) / "private")

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no URL: serve them through a permission-checked view.")


class PublicMediaStorage(S3Storage):
    """Public media in the bucket: readable by anyone at its URL, except documents.

    A document may belong to a restricted collection; Wagtail's serve view
    checks that and streams the file, so its object never needs to be public.
    """

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        # `name` is the object's key, under the storage's location ("media/").
        relative = name.removeprefix(f"{self.location}/") if self.location else name
        if relative.startswith(DOCUMENTS_PREFIX):
            parameters["ACL"] = "private"
        else:
            parameters.setdefault("ACL", settings.ATNET_STORAGE_PUBLIC_ACL or None)
            if parameters["ACL"] is None:
                del parameters["ACL"]
        return parameters
