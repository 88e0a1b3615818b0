from django.core.mail import send_mail
from django_tasks import task


@task()
def email_send(*, subject: str, body: str, to: list[str]) -> int:
    """Send one email from the background worker (immediate in tests)."""
    return send_mail(subject, body, None, to)
