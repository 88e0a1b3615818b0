"""Legislation page factories: each creates a live page under `parent`."""

import factory

from atnet.legislation.models import ActPage, ActStatus, ActType, LegislationIndexPage, Topic


class _PageFactory(factory.Factory):
    title = factory.Sequence(lambda n: f"Act {n}")
    slug = factory.Sequence(lambda n: f"act-{n}")

    @classmethod
    def _create(cls, model_class, parent, *args, **kwargs):
        page = model_class(*args, locale=parent.locale, **kwargs)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page


class LegislationIndexFactory(_PageFactory):
    class Meta:
        model = LegislationIndexPage

    title = "Legislație"
    slug = "legislation"
    show_in_menus = True


class ActPageFactory(_PageFactory):
    class Meta:
        model = ActPage

    act_type = ActType.LAW
    status = ActStatus.ADOPTED
    topic = Topic.TRAFFICKING
    year = 2008
