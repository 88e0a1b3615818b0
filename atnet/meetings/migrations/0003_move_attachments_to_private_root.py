"""Minutes' attachments leave MEDIA_ROOT/private (served by nginx at /media/) for the
private storage, under random names."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import migrations


def forwards(apps, schema_editor):
    from atnet.core.private_files import move_into_private

    old = FileSystemStorage(location=os.path.join(settings.MEDIA_ROOT, "private"))
    move_into_private(apps.get_model("meetings", "Attachment"), "file", "meetings", old)


class Migration(migrations.Migration):
    dependencies = [("meetings", "0002_private_storage_random_names")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]
