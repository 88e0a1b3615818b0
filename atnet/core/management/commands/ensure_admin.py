import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    """Create the development administrator once and print how to sign in.

    The generated password is kept in var/ (never committed, readable by the
    owner only) so that every `make run` can print the login again.
    """

    help = "Create a development administrator if none exists and print its login."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        password_file = Path(settings.VAR_DIR) / "admin-password.txt"
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            user_model.objects.create_superuser(username, f"{username}@example.org", password)
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n", encoding="utf-8")
            password_file.chmod(0o600)
        password = (
            password_file.read_text(encoding="utf-8").strip()
            if password_file.exists()
            else "(unchanged; set one with: manage.py changepassword " + username + ")"
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Administrator: http://{settings.ATNET_SITE_HOSTNAME}:{settings.ATNET_SITE_PORT}"
                f"/admin/  username: {username}  password: {password}"
            )
        )
