import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from atnet.core.backups import BackupError, backup_create


class Command(BaseCommand):
    """Back up the database and every folder of uploaded files (see atnet.core.backups)."""

    help = "Write a timestamped backup (database, media and private files, manifest)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="folder that receives the backup folder "
            "(default: ATNET_BACKUP_DIR, or var/backups)",
        )
        parser.add_argument("--database", default="default", help="database alias")

    def handle(self, *args, output=None, database="default", **options):
        parent = Path(
            output
            or getattr(settings, "ATNET_BACKUP_DIR", "")
            or os.environ.get("ATNET_BACKUP_DIR")
            or Path(settings.VAR_DIR) / "backups"
        )
        try:
            folder = backup_create(parent, alias=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {folder}"))
