#!/bin/sh
# Back up atnet: a PostgreSQL dump (custom format) and the media folder, each
# checked, then keep the last ATNET_BACKUP_KEEP days.
#
# Environment: DATABASE_URL (postgres://...), MEDIA_ROOT (default
# /srv/atnet/var/media), ATNET_BACKUP_DIR (default /srv/atnet/backups),
# ATNET_BACKUP_KEEP (days, default 14). Copy the backup folder off the machine
# (see docs/operations.md): a backup on the same disk is not a backup.
set -eu

: "${DATABASE_URL:?DATABASE_URL must be set}"
MEDIA_ROOT="${MEDIA_ROOT:-/srv/atnet/var/media}"
BACKUP_DIR="${ATNET_BACKUP_DIR:-/srv/atnet/backups}"
KEEP="${ATNET_BACKUP_KEEP:-14}"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
target="$BACKUP_DIR/$stamp"
umask 077
mkdir -p "$target"

# The dump is consistent on its own (one transaction); --no-owner so it
# restores under another role.
pg_dump --format=custom --no-owner --no-privileges --file="$target/db.dump" "$DATABASE_URL"
pg_restore --list "$target/db.dump" > /dev/null

if [ -d "$MEDIA_ROOT" ]; then
    tar --create --gzip --file="$target/media.tar.gz" --directory="$MEDIA_ROOT" .
    tar --list --gzip --file="$target/media.tar.gz" > /dev/null
fi

( cd "$target" && sha256sum ./* > SHA256SUMS )
echo "atnet backup written to $target"

# Remove backups older than KEEP days (only folders named like a stamp).
find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '20*T*Z' -mtime +"$KEEP" \
    -exec rm -rf {} +
