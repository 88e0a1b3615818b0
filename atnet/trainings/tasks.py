"""Background work of the trainings app: emails are always sent from a task."""

from django.core.mail import send_mail
from django_tasks import task


@task()
def email_send(*, subject: str, body: str, to: list[str]) -> int:
    return send_mail(subject, body, None, to)
