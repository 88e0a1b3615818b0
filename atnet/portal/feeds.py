"""RSS feeds of news and events, and an iCalendar feed of events, per language."""

from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from atnet.core.ical_zone import vtimezone

from .selectors import events_in, news_in

FEED_ITEMS = 30


class _LocalisedFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return Locale.get_active()

    def link(self, locale):
        return f"/{get_language()}/"

    def item_link(self, item):
        return item.get_url(self.request)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_guid(self, item):
        # The host the reader asked for, not the Site record's (which may say localhost).
        return self.request.build_absolute_uri(item.get_url(self.request))

    def item_guid_is_permalink(self, item):
        return True


class NewsFeed(_LocalisedFeed):
    title = _("atnet — news")
    description = _("News of the anti-trafficking and gender network of Moldova")

    def items(self, locale):
        return news_in(locale)[:FEED_ITEMS]

    def item_pubdate(self, item):
        return timezone.make_aware(
            timezone.datetime.combine(item.date, timezone.datetime.min.time())
        )


class EventsFeed(_LocalisedFeed):
    title = _("atnet — events")
    description = _("Events of the anti-trafficking and gender network of Moldova")

    def items(self, locale):
        return events_in(locale).order_by("-start", "-pk")[:FEED_ITEMS]

    def item_pubdate(self, item):
        return item.first_published_at or item.start


def events_calendar(request):
    """RFC 5545 calendar; times carry the Europe/Chisinau zone with its DST rules."""
    zone = ZoneInfo(settings.TIME_ZONE)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//atnet.md//events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", str(EventsFeed.title))
    calendar.add_component(vtimezone(settings.TIME_ZONE))
    for event in events_in(Locale.get_active()).order_by("start", "pk")[:500]:
        calendar.add_component(_vevent(event, request, zone))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="atnet-events.ics"'
    return response


def _vevent(event, request, zone) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", f"event-{event.translation_key}-{event.locale.language_code}@atnet.md")
    vevent.add("summary", event.title)
    vevent.add("dtstart", event.start.astimezone(zone))
    vevent.add("dtend", event.end.astimezone(zone))
    vevent.add("dtstamp", event.last_published_at or timezone.now())
    vevent.add("url", request.build_absolute_uri(event.get_url(request)))
    location = ", ".join(part for part in (event.venue, event.unit and event.unit.name) if part)
    if location:
        vevent.add("location", location)
    if event.intro:
        vevent.add("description", event.intro)
    return vevent
