#!/bin/sh
# Restore atnet from a backup folder written by backup.sh.
#
#   deploy/scripts/restore.sh /srv/atnet/backups/20250101T023000Z
#
# Replaces the database named in DATABASE_URL and the media folder. Stop the
# web and worker services first (systemctl stop atnet-web atnet-worker); the
# previous media folder is kept beside the new one as media.before-restore.<stamp>.
# Set ATNET_RESTORE_YES=1 to skip the confirmation.
set -eu

source_dir="${1:?usage: restore.sh BACKUP_FOLDER}"
: "${DATABASE_URL:?DATABASE_URL must be set}"
MEDIA_ROOT="${MEDIA_ROOT:-/srv/atnet/var/media}"

[ -f "$source_dir/db.dump" ] || { echo "no db.dump in $source_dir" >&2; exit 1; }
( cd "$source_dir" && sha256sum --check --quiet SHA256SUMS )

if [ "${ATNET_RESTORE_YES:-0}" != "1" ]; then
    printf 'Replace the database and media with %s? [y/N] ' "$source_dir"
    read -r answer
    [ "$answer" = "y" ] || { echo "cancelled"; exit 1; }
fi

# --clean --if-exists drops each object before recreating it; one transaction,
# so a failed restore leaves the database as it was.
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \
    --dbname="$DATABASE_URL" "$source_dir/db.dump"

if [ -f "$source_dir/media.tar.gz" ]; then
    stamp="$(date -u +%Y%m%dT%H%M%SZ)"
    if [ -d "$MEDIA_ROOT" ]; then
        mv "$MEDIA_ROOT" "$MEDIA_ROOT.before-restore.$stamp"
    fi
    mkdir -p "$MEDIA_ROOT"
    tar --extract --gzip --file="$source_dir/media.tar.gz" --directory="$MEDIA_ROOT"
fi

echo "restored from $source_dir; now run: manage.py migrate && systemctl start atnet-web atnet-worker"
