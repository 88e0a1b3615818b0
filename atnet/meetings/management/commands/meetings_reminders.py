from django.core.management.base import BaseCommand

from atnet.meetings.tasks import reminders_send


class Command(BaseCommand):
    help = (
        "Queue the meeting reminders due (seven days and one day before). "
        "Run hourly by atnet-meetings-reminders.timer."
    )

    def handle(self, *args, **options):
        result = reminders_send.enqueue()
        self.stdout.write(f"queued {result.id}")
