"""Every assignment has a deliverer."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("requests_app", "0006_assignments_to_deliverers")]

    operations = [
        migrations.AlterField(
            model_name="assignment",
            name="deliverer",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="assignments",
                to="agencies.deliverer",
                verbose_name="deliverer",
            ),
        ),
    ]
