import dj_database_url
from django.core.management.base import BaseCommand, CommandError

from atnet.core.backups import BackupError, backup_restore, restore_target


class Command(BaseCommand):
    """Restore a backup folder into an empty database and empty file folders.

    It refuses a database that has any table and a folder that has any file,
    so it can never overwrite live data: create a new database first.
    """

    help = "Restore a backup (written by `manage.py backup`) into an empty database."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("folder", help="the backup folder, e.g. var/backups/20261128T233000Z")
        parser.add_argument("--database", default="default", help="database alias")
        parser.add_argument(
            "--database-url",
            help="restore into this database instead (e.g. a scratch one to test a backup)",
        )

    def handle(self, *args, folder, database="default", database_url=None, **options):
        settings_dict = dj_database_url.parse(database_url) if database_url else None
        target = restore_target(database, settings_dict)
        try:
            manifest = backup_restore(folder, target)
        except BackupError as error:
            raise CommandError(str(error)) from error
        folders = ", ".join(str(target.roots[key]) for key in manifest["roots"])
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the backup of {manifest['created_at']} into the database "
                f"{target.database.get('NAME')} and {folders}. Now run: manage.py migrate"
            )
        )
