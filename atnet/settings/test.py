"""Test settings: fast hashing, tasks run at once, mail kept in memory."""

from .base import *  # noqa: F403
from .env import env_bool

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_AUTOREFRESH = True
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
LOGGING["loggers"]["django_tasks"] = {"level": "WARNING"}  # noqa: F405
# Most tests sign in with force_login; the two-factor tests switch this on.
ATNET_TWO_FACTOR_REQUIRED = env_bool("ATNET_TWO_FACTOR_REQUIRED", False)
