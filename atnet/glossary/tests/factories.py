"""Glossary page factories: each creates a live page under `parent`."""

import factory

from atnet.glossary.models import GlossaryIndexPage, TermPage


class _PageFactory(factory.Factory):
    @classmethod
    def _create(cls, model_class, parent, *args, **kwargs):
        page = model_class(*args, locale=parent.locale, **kwargs)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page


class GlossaryIndexFactory(_PageFactory):
    class Meta:
        model = GlossaryIndexPage

    title = "Glosar"
    slug = "glossary"
    show_in_menus = True


class TermPageFactory(_PageFactory):
    class Meta:
        model = TermPage

    title = factory.Sequence(lambda n: f"Termen {n}")
    slug = factory.Sequence(lambda n: f"termen-{n}")
    definition = "O definiție."
    source_instrument = "OSCE Gender Glossary"
    source_year = 2006
