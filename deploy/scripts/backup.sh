#!/bin/sh
# Back up atnet with `manage.py backup`, then keep the last ATNET_BACKUP_KEEP days.
#
# One folder per run, ATNET_BACKUP_DIR/<UTC stamp>/, readable by its owner only:
# the database (PostgreSQL: pg_dump --format=custom; SQLite: a copy through the
# backup API), every folder of uploaded files (media, and the private folder of
# handover acts and materials) as tar.gz, and manifest.json + SHA256SUMS with
# each file's size and checksum. See docs/operations.md.
#
# Environment: the app's own settings (/etc/atnet/atnet.env: DJANGO_SETTINGS_MODULE,
# DATABASE_URL, ATNET_VAR_DIR, ...), ATNET_BACKUP_DIR (default /srv/atnet/backups),
# ATNET_BACKUP_KEEP (days, default 14), ATNET_APP_DIR (default: this checkout),
# ATNET_PYTHON (default: its .venv). Copy the backups off the machine: a backup
# on the same disk is not a backup.
set -eu

APP_DIR="${ATNET_APP_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
PYTHON="${ATNET_PYTHON:-$APP_DIR/.venv/bin/python}"
BACKUP_DIR="${ATNET_BACKUP_DIR:-/srv/atnet/backups}"
KEEP="${ATNET_BACKUP_KEEP:-14}"

umask 077
mkdir -p "$BACKUP_DIR"
cd "$APP_DIR"
"$PYTHON" manage.py backup --output "$BACKUP_DIR"

# Only folders named like a stamp: complete backups older than KEEP days, and
# the remains of a run that failed half-way (<stamp>.partial) after a day.
find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '20*T*Z' -mtime +"$KEEP" \
    -exec rm -rf {} +
find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '20*T*Z.partial' -mtime +0 \
    -exec rm -rf {} +
