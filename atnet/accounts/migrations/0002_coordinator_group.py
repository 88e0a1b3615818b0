from django.db import migrations

# Permissions are granted after migrate (atnet.accounts.signals), once every
# app's permissions exist; here the group itself is created.
GROUP = "coordinator"


def group_create(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name=GROUP)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(group_create, migrations.RunPython.noop)]
