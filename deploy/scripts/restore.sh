#!/bin/sh
# Restore atnet from a backup folder written by backup.sh (`manage.py backup`).
#
#   deploy/scripts/restore.sh /srv/atnet/backups/20261128T023000Z
#
# It restores into an EMPTY database and EMPTY file folders only, and refuses
# anything else, so it can never overwrite live data. Before running it:
#   1. systemctl stop atnet-web atnet-worker
#   2. create a new database (sudo -u postgres createdb -O atnet atnet_restored)
#      and point DATABASE_URL at it (or keep the name after dropping the old one);
#   3. move the media and private folders aside (mv media media.before-restore).
# The checksums are verified first; a damaged backup is refused before anything
# is written. Afterwards: manage.py migrate, then start the services again.
set -eu

source_dir="$(cd "${1:?usage: restore.sh BACKUP_FOLDER}" && pwd)"
APP_DIR="${ATNET_APP_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
PYTHON="${ATNET_PYTHON:-$APP_DIR/.venv/bin/python}"

cd "$APP_DIR"
"$PYTHON" manage.py restore "$source_dir"
