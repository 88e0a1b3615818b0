"""Page factories: each creates a live page under `parent` (Romanian unless told)."""

import datetime as dt

import factory
from django.utils import timezone

from atnet.portal.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage, StandardPage


class _PageFactory(factory.Factory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    slug = factory.Sequence(lambda n: f"pagina-{n}")
    intro = "Introducere."

    @classmethod
    def _create(cls, model_class, parent, *args, **kwargs):
        tags = kwargs.pop("tags", [])
        page = model_class(*args, locale=parent.locale, **kwargs)
        if tags:
            page.tags.add(*tags)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    @classmethod
    def create_live(cls, parent, **kwargs):
        """A live page without a revision: a tenth of the queries of a publish, for
        tests that need hundreds of pages (what they read is the same)."""
        tags = kwargs.pop("tags", [])
        page = cls.build(locale=parent.locale, live=True, **kwargs)
        page.first_published_at = page.last_published_at = timezone.now()
        if tags:
            page.tags.add(*tags)
        return parent.add_child(instance=page)


class StandardPageFactory(_PageFactory):
    class Meta:
        model = StandardPage


class NewsIndexFactory(_PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Noutăți"
    slug = "news"
    show_in_menus = True


class EventIndexFactory(_PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Evenimente"
    slug = "events"
    show_in_menus = True


class NewsPageFactory(_PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Știre {n}")
    slug = factory.Sequence(lambda n: f"stire-{n}")
    date = factory.Sequence(lambda n: timezone.localdate() - dt.timedelta(days=n))


class EventPageFactory(_PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Eveniment {n}")
    slug = factory.Sequence(lambda n: f"eveniment-{n}")
    start = factory.Sequence(lambda n: timezone.now() + dt.timedelta(days=n + 1))
    end = factory.LazyAttribute(lambda page: page.start + dt.timedelta(hours=2))
    venue = "Sala de conferințe"
    organiser = "atnet"
