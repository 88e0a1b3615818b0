from django.db import migrations

LANGUAGES = ["ro", "en", "ru"]


def create_locales(apps, schema_editor):
    locale_model = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGES:
        locale_model.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial"), ("wagtailcore", "0094_alter_page_locale")]
    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
