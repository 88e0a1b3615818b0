"""Settings shared by every environment. Each value comes from the environment."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env, env_bool, env_int, env_list
from .storage import build_storages

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "atnet"
VAR_DIR = Path(env("ATNET_VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-8c6f0a2e")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "atnet.core",
    "atnet.geo",
    "atnet.portal",
    "atnet.accounts",
    "atnet.network",
    "atnet.meetings",
    "atnet.trainings",
    "atnet.support",
    "atnet.legislation",
    "atnet.projects",
    "atnet.actionplans",
    "atnet.glossary",
    "atnet.helpdirectory",
    "atnet.reports",
    "atnet.privacy",
    "atnet.api",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "ninja",  # serves the API docs' assets locally instead of from a CDN
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "atnet.core.middleware.PublicCacheHeadersMiddleware",
    "atnet.core.security.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "atnet.core.middleware.LocaleMiddleware",
    "atnet.core.middleware.RefuseNulCharactersMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "atnet.accounts.middleware.SessionIdleTimeoutMiddleware",
    "atnet.accounts.middleware.TwoFactorMiddleware",
    "atnet.privacy.middleware.AuditMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "atnet.urls"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "network:workspace"
# The admin (and restricted pages) sign in through our page: throttled, with the second factor.
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL  # restricted pages too
# Email changes go through /accounts/email/, which asks for the password again.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WSGI_APPLICATION = "atnet.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite by default so that `make run` needs nothing installed; DATABASE_URL
# (postgres://...) selects PostgreSQL, the production database.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
# SQLite (`make run`): the dev server's threads and the task worker write at the
# same time. WAL lets readers go on while one writes; the timeout makes a writer
# wait for the lock instead of failing; IMMEDIATE takes the write lock when a
# transaction starts, since a read lock cannot wait its way up to a write lock
# (that is where "database is locked" came from, however long the timeout).
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {**SQLITE_OPTIONS, **DATABASES["default"].get("OPTIONS", {})}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "atnet.accounts.validators.CommonPasswordVariantValidator"},
    {"NAME": "atnet.accounts.validators.LocalWordsValidator"},
    {"NAME": "atnet.accounts.validators.PwnedPasswordValidator"},
]
# Words no password may contain, besides the site name (comma-separated).
ATNET_PASSWORD_LOCAL_WORDS = env_list("ATNET_PASSWORD_LOCAL_WORDS", "atnet")
# Ask Have I Been Pwned (k-anonymity: 5 hex characters of the SHA-1 leave the server).
ATNET_PWNED_PASSWORDS_CHECK = env_bool("ATNET_PWNED_PASSWORDS_CHECK", False)
ATNET_PWNED_PASSWORDS_TIMEOUT = env_int("ATNET_PWNED_PASSWORDS_TIMEOUT", 3)
# Sign-in throttling counts by client address: behind a proxy, the header that
# carries it (e.g. X-Forwarded-For) and how many proxies of ours add to it.
ATNET_TRUSTED_PROXY_HEADER = env("ATNET_TRUSTED_PROXY_HEADER", "")
ATNET_TRUSTED_PROXY_COUNT = env_int("ATNET_TRUSTED_PROXY_COUNT", 1)
# A session unused for this long is signed out (0: only the cookie's age applies).
ATNET_SESSION_IDLE_MINUTES = env_int("ATNET_SESSION_IDLE_MINUTES", 60)

# Two-factor sign-in (TOTP, recovery codes) for staff roles: see docs/security.md.
ATNET_TWO_FACTOR_REQUIRED = env_bool("ATNET_TWO_FACTOR_REQUIRED", True)
OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER", "atnet")

# Languages: Romanian is the default and the source of translations.
LANGUAGE_CODE = "ro"
LANGUAGES = [("ro", _("Romanian")), ("en", _("English")), ("ru", _("Russian"))]
# The language choice cookie (django.views.i18n.set_language): not sent by cross-site
# requests; Secure in production (settings.production).
LANGUAGE_COOKIE_SAMESITE = "Lax"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
# One set of date and number formats per language (atnet/formats/<lang>/formats.py).
FORMAT_MODULE_PATH = ["atnet.formats"]
USE_I18N = True
TIME_ZONE = "Europe/Chisinau"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))
# Uploads: local folders, or an S3-compatible bucket (ATNET_STORAGE_URL): see storage.py.
STORAGES = build_storages(
    staticfiles={"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
)
# Several application nodes behind one nginx (deploy/cluster/): `check --deploy`
# then warns (atnet.core.W002) about anything kept on one machine only.
ATNET_MULTI_NODE = env_bool("ATNET_MULTI_NODE", False)
# The ACL of public media objects in a bucket ("" when a bucket policy makes them public).
ATNET_STORAGE_PUBLIC_ACL = env("ATNET_STORAGE_PUBLIC_ACL", "public-read")

# Cache: local memory unless Redis is configured.
REDIS_URL = env("REDIS_URL")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Background work runs from the database queue through `manage.py db_worker`.
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# Where django.core.mail.backends.filebased.EmailBackend writes (the cluster test's worker).
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "atnet <noreply@atnet.md>")

# Wagtail
WAGTAIL_SITE_NAME = "atnet"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # PostgreSQL: the 'simple' configuration, because our own normalised
        # field (see atnet.core.text) already folds case and diacritics, and
        # stemming for one language would mangle the other two.
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Uploads: size, kind and content checked (atnet/core/uploads.py); see docs/security.md.
# nginx's client_max_body_size (deploy/nginx, 12m) stays above this, so that an
# oversized file gets our message in the user's language, not nginx's 413 page.
ATNET_UPLOAD_MAX_MB = env_int("ATNET_UPLOAD_MAX_MB", 10)
WAGTAILDOCS_DOCUMENT_FORM_BASE = "atnet.core.wagtail_uploads.DocumentForm"
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "docx", "xlsx", "pptx", "odt", "ods", "doc", "xls", "ppt", "txt", "csv",
    "jpg", "jpeg", "png",
]  # fmt: skip
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]  # never SVG
WAGTAIL_FRONTEND_CACHE = {}
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# A translation started with "Translate this page" stays a draft until a
# translator publishes it: the visitor sees "not translated yet", never the
# source text under the translation's address (atnet.portal.translation_workflow).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Page actions and task runs are kept in Wagtail's own log tables.
        "wagtail": {"level": env("WAGTAIL_LOG_LEVEL", "WARNING")},
        "django_tasks": {"level": env("TASKS_LOG_LEVEL", "WARNING")},
    },
}

ATNET_PAGE_SIZE = env_int("ATNET_PAGE_SIZE", 10)
# Personal data: participants' email and phone are erased this many days after their
# last meeting or training session (atnet.privacy.retention; 3 years by default).
ATNET_RETENTION_PARTICIPANT_CONTACT_DAYS = env_int("ATNET_RETENTION_PARTICIPANT_CONTACT_DAYS", 1095)
# Uploaded files outside media (handover acts, key materials) and where backups go.
ATNET_PRIVATE_ROOT = env("ATNET_PRIVATE_ROOT", str(VAR_DIR / "private"))
ATNET_BACKUP_DIR = env("ATNET_BACKUP_DIR", str(VAR_DIR / "backups"))
# The nginx `internal` location that serves ATNET_PRIVATE_ROOT (deploy/nginx):
# when set, a permitted download answers with X-Accel-Redirect and nginx sends
# the file; empty (development, tests), Django streams it.
ATNET_PRIVATE_ACCEL_PREFIX = env("ATNET_PRIVATE_ACCEL_PREFIX", "")
# How long a shared cache may keep an anonymous public page (seconds): short,
# so that a published change shows within a second through the micro-cache.
ATNET_PUBLIC_MAX_AGE = env_int("ATNET_PUBLIC_MAX_AGE", 1)

# Demonstration data (`make run`): every page says so in a banner.
ATNET_DEMO = env_bool("ATNET_DEMO", False)

# The IATI publisher's organisation identifier: a registration agency prefix and the
# organisation's number there, e.g. MD-IDNO-<IDNO>; checked at start-up (atnet.projects).
ATNET_IATI_ORG_REF = env("ATNET_IATI_ORG_REF", "")

# The public address of the site, used in feeds, the sitemap and emails.
ATNET_SITE_HOSTNAME = env("ATNET_SITE_HOSTNAME", "127.0.0.1")
ATNET_SITE_PORT = env_int("ATNET_SITE_PORT", 8000)
