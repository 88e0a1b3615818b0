import datetime as dt

from django.core.management.base import BaseCommand
from django.utils import timezone

from atnet.privacy.retention import (
    contact_retention_days,
    expired_participants,
    expired_people,
)
from atnet.privacy.tasks import contact_retention_run


class Command(BaseCommand):
    help = (
        "Erase participants' contact details (email, phone) whose retention period is over "
        "(ATNET_RETENTION_PARTICIPANT_CONTACT_DAYS after the last event). Queues the task; "
        "run daily by atnet-privacy-retention.timer."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count the records that are due."
        )

    def handle(self, *args, **options):
        if options["dry_run"]:
            cutoff = timezone.now() - dt.timedelta(days=contact_retention_days())
            people = expired_people(cutoff).count()
            participants = expired_participants(timezone.localtime(cutoff).date(), cutoff).count()
            self.stdout.write(f"due: {people} people, {participants} participants")
            return
        result = contact_retention_run.enqueue()
        self.stdout.write(f"queued {result.id}")
