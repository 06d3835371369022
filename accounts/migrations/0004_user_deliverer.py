"""A focal point answers for a deliverer (an agency, clinic, centre, university or partner)."""

import django.db.models.deletion
from django.db import migrations, models

HELP = (
    "For a focal point: the agency, technology clinic, regional centre, university or local partner "
    "whose assignments they answer."
)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_historicaluser_historicaluser_groups"),
        ("agencies", "0004_deliverers_of_the_network"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicaluser",
            name="deliverer",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text=HELP,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="agencies.deliverer",
                verbose_name="deliverer",
            ),
        ),
        migrations.AddField(
            model_name="user",
            name="deliverer",
            field=models.ForeignKey(
                blank=True,
                help_text=HELP,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="focal_points",
                to="agencies.deliverer",
                verbose_name="deliverer",
            ),
        ),
    ]
