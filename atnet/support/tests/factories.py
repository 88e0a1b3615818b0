import datetime as dt

import factory
from django.core.files.base import ContentFile

from atnet.support.models import Equipment, Material, MaterialFile
from atnet.trainings.tests.factories import OrganisationFactory


class EquipmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Equipment

    item = "Laptop"
    category = "it"
    quantity = 5
    value = 4000
    recipient = factory.SubFactory(OrganisationFactory)
    date = dt.date(2025, 2, 1)
    status = "delivered"
    handover_document = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4 act", name="act.pdf"))


class MaterialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Material

    slug = factory.Sequence(lambda n: f"material-{n}")
    kind = "guide"
    title_ro = factory.Sequence(lambda n: f"Ghid privind identificarea victimelor {n}")
    title_en = factory.Sequence(lambda n: f"Guide to identifying victims {n}")
    title_ru = factory.Sequence(lambda n: f"Руководство по выявлению жертв {n}")
    original_language = "en"
    year = 2024


class MaterialFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MaterialFile

    material = factory.SubFactory(MaterialFactory)
    language = "ro"
    translator = "Traducător exemplu"
    translated_on = dt.date(2024, 5, 1)
    file = factory.LazyFunction(lambda: ContentFile(b"document", name="ghid.pdf"))
