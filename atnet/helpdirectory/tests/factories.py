"""Help directory page factories: each creates a live page under `parent`."""

import factory

from atnet.helpdirectory.models import HelpIndexPage, HelpPhone, HelpServicePage, ServiceKind


class _PageFactory(factory.Factory):
    @classmethod
    def _create(cls, model_class, parent, *args, **kwargs):
        units = kwargs.pop("units", [])
        phones = kwargs.pop("phones", [])
        page = model_class(*args, locale=parent.locale, **kwargs)
        if units:
            page.units = units
        if phones:
            page.phones = [HelpPhone(number=number) for number in phones]
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page


class HelpIndexFactory(_PageFactory):
    class Meta:
        model = HelpIndexPage

    title = "Unde găsiți ajutor"
    slug = "get-help"
    show_in_menus = True


class HelpServiceFactory(_PageFactory):
    class Meta:
        model = HelpServicePage

    title = factory.Sequence(lambda n: f"Serviciu {n}")
    slug = factory.Sequence(lambda n: f"serviciu-{n}")
    kind = ServiceKind.HOTLINE
    description = "Ajutor."
