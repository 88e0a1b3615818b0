"""Emails about meetings, each in the recipient's language, with the meeting as an .ics file."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from . import selectors
from .calendars import calendar_build
from .models import Invitation, Meeting, Registration
from .rsvp import rsvp_token


def absolute(path: str) -> str:
    """The site's public address in front of `path` (emails have no request to ask)."""
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + path


def meeting_url(meeting: Meeting) -> str:
    return absolute(reverse("meetings:meeting_detail", args=[meeting.pk]))


def _context(meeting: Meeting, **extra) -> dict:
    return {
        "meeting": meeting,
        "agenda": selectors.meeting_agenda(meeting),
        "carried": list(selectors.carried_action_items(meeting)),
        "meeting_url": meeting_url(meeting),
        **extra,
    }


def _message(
    template: str, context: dict, to: str, language: str, meeting: Meeting
) -> EmailMultiAlternatives:
    with translation.override(language):
        subject = render_to_string(f"meetings/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"meetings/email/{template}.txt", context)
        ics = calendar_build(
            [meeting],
            name=str(meeting.series.name),
            urls=lambda m: context["meeting_url"],
            method="PUBLISH",
        )
    message = EmailMultiAlternatives(subject=" ".join(subject.split()), body=body, to=[to])
    message.attach("meeting.ics", ics, "text/calendar")
    return message


def invitation_message(invitation: Invitation) -> EmailMultiAlternatives:
    person, meeting = invitation.person, invitation.meeting
    with translation.override(person.preferred_language):
        rsvp = absolute(reverse("meetings:rsvp", args=[rsvp_token(invitation)]))
    context = _context(
        meeting, person=person, rsvp_url=rsvp, exchange=list(selectors.exchange_activities(meeting))
    )
    return _message("invitation", context, person.email, person.preferred_language, meeting)


def notice_message(registration: Registration, template: str) -> EmailMultiAlternatives:
    """A reminder ('reminder') or a change or cancellation ('changed') for one registered person."""
    person = registration.attendee
    context = _context(registration.meeting, person=person, registration=registration)
    return _message(
        template, context, person.email, person.preferred_language, registration.meeting
    )


def digest_message(meeting: Meeting, person, activities: list) -> EmailMultiAlternatives:
    """The information exchange digest in the person's language (no calendar: not an invite)."""
    with translation.override(person.preferred_language):
        context = {
            "meeting": meeting,
            "person": person,
            "activities": activities,
            "meeting_url": meeting_url(meeting),  # the page in the person's language
        }
        subject = render_to_string("meetings/email/digest_subject.txt", context).strip()
        body = render_to_string("meetings/email/digest.txt", context)
    return EmailMultiAlternatives(subject=" ".join(subject.split()), body=body, to=[person.email])
