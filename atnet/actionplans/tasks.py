"""Background work: reminders before a period closes and the coordinator's chase, by email.

Each focal point gets the message in her own language (her directory entry's
preferred language, else the site's default).
"""

import datetime as dt

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from atnet.network.models import Membership, Person, Role

from .models import ReportingPeriod
from .selectors import missing_organisations

# Reminders go this many days before reports are due.
REMIND_BEFORE = dt.timedelta(days=7)


def _recipients(period: ReportingPeriod) -> list[tuple]:
    """(user, language) for the focal points of organisations that have not reported."""
    organisations = [org.pk for org in missing_organisations(period)]
    memberships = Membership.objects.filter(
        organisation__in=organisations, role=Role.FOCAL_POINT, user__is_active=True
    ).select_related("user")
    users = {m.user.pk: m.user for m in memberships if m.user.email}
    languages = dict(
        Person.objects.filter(user__in=users).values_list("user_id", "preferred_language")
    )
    return [(user, languages.get(pk) or settings.LANGUAGE_CODE) for pk, user in users.items()]


def _send(period: ReportingPeriod, user, language: str) -> None:
    with translation.override(language):
        context = {
            "period": period,
            "plan": period.plan,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("actionplans:workspace"),
        }
        subject = render_to_string("actionplans/email/reminder_subject.txt", context)
        body = render_to_string("actionplans/email/reminder.txt", context)
    EmailMessage(subject=" ".join(subject.split()), body=body, to=[user.email]).send()


@task()
def missing_chase(*, period_id: int) -> int:
    """Email every focal point whose organisation has not reported for the period."""
    period = ReportingPeriod.objects.select_related("plan").get(pk=period_id)
    recipients = _recipients(period)
    for user, language in recipients:
        _send(period, user, language)
    return len(recipients)


@task()
def reminders_send() -> int:
    """Once per period, a week before reports are due: remind those who have not reported."""
    today = timezone.localdate()
    due = ReportingPeriod.objects.filter(
        reminded_at=None, due__gte=today, due__lte=today + REMIND_BEFORE
    ).select_related("plan")
    sent = 0
    for period in due:
        for user, language in _recipients(period):
            _send(period, user, language)
            sent += 1
        period.reminded_at = timezone.now()
        period.save(update_fields=["reminded_at"])
    return sent
