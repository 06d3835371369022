"""A focal point must answer for a deliverer."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("accounts", "0005_focal_points_answer_for_deliverers")]

    operations = [
        migrations.RemoveConstraint(model_name="user", name="user_focal_point_has_agency"),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.CheckConstraint(
                condition=models.Q(("role", "focal_point"), _negated=True) | models.Q(("deliverer__isnull", False)),
                name="user_focal_point_has_deliverer",
            ),
        ),
    ]
