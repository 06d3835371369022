"""Reference data (agencies/data/agencies.csv): each agency's Thai abbreviation (วศ., วว., สทน. …,
what Thai pages write), and TISTR and NSM as the state enterprises (รัฐวิสาหกิจ) they are.

The agencies' deliverers take the Thai abbreviation as their Thai short name (reversible).
"""

from django.db import migrations, models
from django.db.models import Q

# (acronym, Thai abbreviation), from agencies/data/agencies.csv column abbr_th
ABBREVIATIONS = [
    ("OM", "สร."),
    ("OPS", "สป."),
    ("DSS", "วศ."),
    ("OAP", "ปส."),
    ("NIMT", "มว."),
    ("TISTR", "วว."),
    ("GISTDA", "สทอภ."),
    ("NSTDA", "สวทช."),
    ("NSM", "อพวช."),
    ("TINT", "สทน."),
    ("STI", "สวทน."),
    ("SLRI", "สซ."),
    ("HAII", "สสนก."),
    ("NARIT", "สดร."),
    ("NIA", "สนช."),
    ("TCELS", "ศลช."),
]
STATE_ENTERPRISES = ["TISTR", "NSM"]


def forwards(apps, schema_editor):
    Agency = apps.get_model("agencies", "Agency")
    Deliverer = apps.get_model("agencies", "Deliverer")
    for code, abbr in ABBREVIATIONS:
        Agency.objects.filter(code=code).update(abbr_th=abbr)
        Deliverer.objects.filter(agency__code=code, short_name_th=code).update(short_name_th=abbr)
    Agency.objects.filter(code__in=STATE_ENTERPRISES).update(kind="state_enterprise")


def backwards(apps, schema_editor):
    Agency = apps.get_model("agencies", "Agency")
    Deliverer = apps.get_model("agencies", "Deliverer")
    for code, abbr in ABBREVIATIONS:
        Deliverer.objects.filter(agency__code=code, short_name_th=abbr).update(short_name_th=code)
    Agency.objects.filter(code__in=STATE_ENTERPRISES).update(kind="other")


KINDS = ["ministry_office", "department", "state_enterprise", "public_organisation", "other"]


class Migration(migrations.Migration):
    dependencies = [("agencies", "0006_seed_vocabulary")]

    operations = [
        migrations.AddField(
            model_name="agency",
            name="abbr_th",
            field=models.CharField(
                blank=True,
                help_text="What Thai readers write for the agency, e.g. วศ. for the Department of Science Service.",
                max_length=20,
                verbose_name="Thai abbreviation",
            ),
        ),
        migrations.RemoveConstraint(model_name="agency", name="agency_kind_valid"),
        migrations.AlterField(
            model_name="agency",
            name="kind",
            field=models.CharField(
                choices=[
                    ("ministry_office", "Ministry office"),
                    ("department", "Department"),
                    ("state_enterprise", "State enterprise"),
                    ("public_organisation", "Public organisation"),
                    ("other", "Other state agency"),
                ],
                max_length=30,
                verbose_name="kind",
            ),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.AddConstraint(
            model_name="agency",
            constraint=models.CheckConstraint(condition=Q(kind__in=KINDS), name="agency_kind_valid"),
        ),
    ]
