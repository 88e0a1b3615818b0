from django.db import migrations


def load_units(apps, schema_editor):
    from atnet.geo.units import unit_rows

    unit_model = apps.get_model("geo", "AdministrativeUnit")
    for row in unit_rows():
        unit_model.objects.update_or_create(code=row["code"], defaults=row)


class Migration(migrations.Migration):
    dependencies = [("geo", "0001_initial")]
    operations = [migrations.RunPython(load_units, migrations.RunPython.noop)]
