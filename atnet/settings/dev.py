"""Local development: debug on, console email, SQLite unless DATABASE_URL says otherwise."""

from .base import *  # noqa: F403
from .env import env_bool

DEBUG = env_bool("DEBUG", True)

# `make run` serves with DEBUG off (DEBUG=true make run to debug), so a wrong
# address shows the site's own 404 page: static files then come straight from
# the apps' folders (no collectstatic) and uploads are served by Django.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
ATNET_SERVE_MEDIA = not DEBUG
