from django.core.management.base import BaseCommand
from django.db import transaction

from atnet.core.discovery import app_modules


class Command(BaseCommand):
    """Every app with a `demo.py` defining `demo_load() -> dict[str, int]` contributes.

    Idempotent: each loader keeps what already exists (editors' changes survive).
    """

    help = "Load the demo content of every app (idempotent)."

    def handle(self, *args, **options):
        for module in app_modules("demo"):
            with transaction.atomic():
                counts = module.demo_load()
            summary = ", ".join(f"{name}: {count}" for name, count in counts.items())
            self.stdout.write(self.style.SUCCESS(f"{module.__name__}: {summary}"))
