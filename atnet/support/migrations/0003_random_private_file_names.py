"""Handover acts and materials keep their folder (ATNET_PRIVATE_ROOT) but lose the
uploader's file name: each is renamed to a random one."""

from django.db import migrations


def forwards(apps, schema_editor):
    from django.core.files.storage import storages

    from atnet.core.private_files import move_into_private

    private = storages["private"]
    move_into_private(apps.get_model("support", "Equipment"), "handover_document", "equipment", private)
    move_into_private(apps.get_model("support", "MaterialFile"), "file", "materials", private)


class Migration(migrations.Migration):
    dependencies = [("support", "0002_private_storage_random_names")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]
