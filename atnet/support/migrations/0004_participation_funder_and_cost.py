"""Conference participations: who funded them, and the cost as an amount with its currency.

The former `amount` and `currency` become `cost_amount` and `cost_currency`; the
currency had a default (EUR) even without an amount, and is now empty there.
"""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models


def clear_currency_without_amount(apps, schema_editor):
    participations = apps.get_model("support", "ConferenceParticipation")
    participations.objects.filter(cost_amount__isnull=True).update(cost_currency="")


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0003_refold_organisation_search"),
        ("support", "0003_random_private_file_names"),
    ]

    operations = [
        migrations.RenameField("conferenceparticipation", "amount", "cost_amount"),
        migrations.RenameField("conferenceparticipation", "currency", "cost_currency"),
        migrations.AlterField(
            model_name="conferenceparticipation",
            name="cost_amount",
            field=models.DecimalField(
                blank=True,
                decimal_places=2,
                max_digits=12,
                null=True,
                validators=[django.core.validators.MinValueValidator(0)],
                verbose_name="cost",
            ),
        ),
        migrations.AlterField(
            model_name="conferenceparticipation",
            name="cost_currency",
            field=models.CharField(
                blank=True,
                choices=[("MDL", "MDL"), ("EUR", "EUR"), ("USD", "USD")],
                max_length=3,
                verbose_name="currency",
            ),
        ),
        migrations.RunPython(clear_currency_without_amount, migrations.RunPython.noop),
        migrations.AddField(
            model_name="conferenceparticipation",
            name="funded_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="funded_conference_participations",
                to="network.organisation",
                verbose_name="funded by",
            ),
        ),
    ]
