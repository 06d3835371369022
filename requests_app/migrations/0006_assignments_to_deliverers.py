"""Existing assignments are held by their agency's deliverer (data only: PostgreSQL will not
alter a table with pending trigger events in the same transaction)."""

from django.db import migrations


def assignments_to_deliverers(apps, schema_editor):
    Assignment = apps.get_model("requests_app", "Assignment")
    Deliverer = apps.get_model("agencies", "Deliverer")
    for agency_id, deliverer_id in Deliverer.objects.exclude(agency=None).values_list("agency_id", "pk"):
        Assignment.objects.filter(agency_id=agency_id).update(deliverer_id=deliverer_id)


class Migration(migrations.Migration):
    dependencies = [("requests_app", "0005_delivery_network")]

    operations = [migrations.RunPython(assignments_to_deliverers, migrations.RunPython.noop)]
