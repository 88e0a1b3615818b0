"""The bucket's storage class for public media (see atnet/settings/storage.py).

The local private folder is `atnet.core.private_files.PrivateStorage`.
"""

from django.conf import settings
from storages.backends.s3 import S3Storage

# Wagtail keeps documents here; they are served by its permission-checked view.
DOCUMENTS_PREFIX = "documents/"


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
