"""Production: refuses to start without a real SECRET_KEY and ALLOWED_HOSTS."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env, env_bool, env_int, env_list, env_required

DEBUG = False
SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production")

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
# nginx serves private files from its internal location (deploy/nginx/atnet-locations.conf).
ATNET_PRIVATE_ACCEL_PREFIX = env("ATNET_PRIVATE_ACCEL_PREFIX", "/_private-files/")
X_FRAME_OPTIONS = "DENY"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")

# Persistent database connections: each gunicorn worker keeps its connection
# instead of opening one per request (a few milliseconds each on PostgreSQL).
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)  # noqa: F405

# The site's connections (web workers, the task worker, commands) do not start
# PostgreSQL's parallel workers: starting them takes about 20 ms, longer than the
# index scans of a page view (measured in bench/ on the search, whose newest-first
# walk went from 4 to 28 ms with them). Reports over a year of attendances run
# within budget without them (docs/performance.md). DATABASE_PARALLEL_WORKERS lets
# the planner use some again; options already given in DATABASE_URL are kept.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    _options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    _parallel = f"-c max_parallel_workers_per_gather={env_int('DATABASE_PARALLEL_WORKERS', 0)}"
    _options["options"] = f"{_options.get('options', '')} {_parallel}".strip()

# The nginx micro-cache in deploy/ keeps pages one second, so a publish shows
# within a second without any purge. A longer-lived cache in front (a CDN, or
# nginx built with a purge module) is purged on publish, unpublish and move by
# Wagtail's front-end cache invalidation when FRONTEND_CACHE_PURGE_URL is set.
if env("FRONTEND_CACHE_PURGE_URL"):
    WAGTAIL_FRONTEND_CACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
        }
    }

# A static file missing from the manifest must not turn every error page into
# another error: fall back to the unhashed name.
WHITENOISE_MANIFEST_STRICT = False
