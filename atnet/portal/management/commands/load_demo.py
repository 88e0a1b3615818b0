from django.core.management.base import BaseCommand

from atnet.portal.demo import demo_load


class Command(BaseCommand):
    help = "Load the demo content (idempotent: existing pages are kept as they are)."

    def handle(self, *args, **options):
        counts = demo_load()
        summary = ", ".join(f"{name}: {count}" for name, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({summary})."))
