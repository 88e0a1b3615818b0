from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from atnet.network.demo import PASSWORD_FILE
from atnet.network.demo_data import DEMO_FOCAL_POINT


class Command(BaseCommand):
    """Print how to sign in as the demo focal point (created by `manage.py load_demo`)."""

    help = "Print the demo focal point's login for the members' workspace."

    def handle(self, *args, **options):
        username = DEMO_FOCAL_POINT["username"]
        if not get_user_model().objects.filter(username=username).exists():
            self.stdout.write("Demo focal point: not created yet (run manage.py load_demo).")
            return
        password_file = Path(settings.VAR_DIR) / PASSWORD_FILE
        password = (
            password_file.read_text(encoding="utf-8").strip()
            if password_file.exists()
            else f"(unchanged; set one with: manage.py changepassword {username})"
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo focal point: http://{settings.ATNET_SITE_HOSTNAME}:{settings.ATNET_SITE_PORT}"
                f"/ro/accounts/login/  username: {username}  password: {password}"
            )
        )
