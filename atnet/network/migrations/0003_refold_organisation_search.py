"""Organisations' folded search column gains their descriptions and word stems
(atnet.core.text.searchable, as Organisation.save() now writes it)."""

from django.db import migrations

from atnet.core.text import searchable

FIELDS = ("name_ro", "name_en", "name_ru", "acronym", "description_ro", "description_en", "description_ru")


def refold(apps, schema_editor):
    Organisation = apps.get_model("network", "Organisation")
    for organisation in Organisation.objects.only("pk", *FIELDS).iterator(chunk_size=500):
        organisation.search_folded = searchable(*(getattr(organisation, name) for name in FIELDS))
        organisation.save(update_fields=["search_folded"])


class Migration(migrations.Migration):
    dependencies = [("network", "0002_directory_page")]

    operations = [migrations.RunPython(refold, migrations.RunPython.noop)]
