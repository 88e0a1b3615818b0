from django.core.management.base import BaseCommand

from atnet.actionplans.tasks import reminders_send


class Command(BaseCommand):
    help = "Queue the reminders for reporting periods that close within a week (run daily)."

    def handle(self, *args, **options):
        result = reminders_send.enqueue()
        self.stdout.write(f"queued {result.id}")
