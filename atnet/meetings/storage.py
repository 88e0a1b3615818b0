"""Where the minutes' attachments' storage used to be defined (under MEDIA_ROOT, then).

They are in `STORAGES["private"]` now (atnet.core.private_files); the name stays
importable because the app's first migration refers to it.
"""

from atnet.core.private_files import private_storage

__all__ = ["private_storage"]
