"""Existing agency focal points answer for their agency's deliverer (data only)."""

from django.db import migrations


def forwards(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    Deliverer = apps.get_model("agencies", "Deliverer")
    by_agency = dict(Deliverer.objects.exclude(agency=None).values_list("agency_id", "pk"))
    for user in User.objects.exclude(agency=None):
        User.objects.filter(pk=user.pk).update(deliverer_id=by_agency[user.agency_id])


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_user_deliverer")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
