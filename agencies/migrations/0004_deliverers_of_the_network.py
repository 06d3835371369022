"""Every agency, regional centre and technology clinic becomes a deliverer (reversible)."""

from django.db import migrations


def forwards(apps, schema_editor):
    Deliverer = apps.get_model("agencies", "Deliverer")
    Agency = apps.get_model("agencies", "Agency")
    RegionalCentre = apps.get_model("provinces", "RegionalCentre")
    TechnologyClinic = apps.get_model("provinces", "TechnologyClinic")
    for agency in Agency.objects.all():
        Deliverer.objects.update_or_create(
            agency=agency,
            defaults={
                "kind": "agency",
                "name_th": agency.name_th,
                "name_en": agency.name_en,
                "short_name_th": agency.code,
                "short_name_en": agency.code,
                "website": agency.website,
            },
        )
    for centre in RegionalCentre.objects.all():
        Deliverer.objects.update_or_create(
            centre=centre,
            defaults={
                "kind": "centre",
                "name_th": centre.name_th,
                "name_en": centre.name_en,
                "short_name_th": f"ศวภ.{centre.number}",
                "short_name_en": f"RCC {centre.number}",
                "province_id": centre.host_province_id,
            },
        )
    for clinic in TechnologyClinic.objects.all():
        Deliverer.objects.update_or_create(
            clinic=clinic,
            defaults={
                "kind": "clinic",
                "name_th": clinic.institution_th,
                "name_en": clinic.institution_en,
                "province_id": clinic.province_id,
                "website": clinic.website,
                "phone": clinic.phone,
            },
        )


def backwards(apps, schema_editor):
    apps.get_model("agencies", "Deliverer").objects.filter(kind__in=["agency", "centre", "clinic"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("agencies", "0003_deliverer"),
        ("provinces", "0002_reference_data"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
