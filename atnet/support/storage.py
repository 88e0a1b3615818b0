"""Where support's private files used to be defined; they are in atnet.core.private_files now.

The name stays importable because the app's first migration refers to it.
"""

from atnet.core.private_files import PrivateStorage, private_storage

__all__ = ["PrivateStorage", "private_storage"]
