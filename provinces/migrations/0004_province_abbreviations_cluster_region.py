"""Reference data: each province's official abbreviation (Thai, and the three-letter English
one) for the tiles of the province map, and the region each cluster of the 2009 scheme is named
after (so /provinces/ keeps a cluster whole); from provinces/data/provinces.csv and clusters.csv."""

from django.db import migrations, models

# (province code, Thai abbreviation, English abbreviation)
ABBREVIATIONS = [
    ("10", "กทม", "BKK"),
    ("11", "สป", "SPK"),
    ("12", "นบ", "NBI"),
    ("13", "ปท", "PTE"),
    ("14", "อย", "AYA"),
    ("15", "อท", "ATG"),
    ("16", "ลบ", "LRI"),
    ("17", "สห", "SBR"),
    ("18", "ชน", "CNT"),
    ("19", "สบ", "SRI"),
    ("20", "ชบ", "CBI"),
    ("21", "รย", "RYG"),
    ("22", "จบ", "CTI"),
    ("23", "ตร", "TRT"),
    ("24", "ฉช", "CCO"),
    ("25", "ปจ", "PRI"),
    ("26", "นย", "NYK"),
    ("27", "สก", "SKW"),
    ("30", "นม", "NMA"),
    ("31", "บร", "BRM"),
    ("32", "สร", "SRN"),
    ("33", "ศก", "SSK"),
    ("34", "อบ", "UBN"),
    ("35", "ยส", "YST"),
    ("36", "ชย", "CPM"),
    ("37", "อจ", "ACR"),
    ("38", "บก", "BKN"),
    ("39", "นภ", "NBP"),
    ("40", "ขก", "KKN"),
    ("41", "อด", "UDN"),
    ("42", "ลย", "LEI"),
    ("43", "นค", "NKI"),
    ("44", "มค", "MKM"),
    ("45", "รอ", "RET"),
    ("46", "กส", "KSN"),
    ("47", "สน", "SNK"),
    ("48", "นพ", "NPM"),
    ("49", "มห", "MDH"),
    ("50", "ชม", "CMI"),
    ("51", "ลพ", "LPN"),
    ("52", "ลป", "LPG"),
    ("53", "อต", "UTT"),
    ("54", "พร", "PRE"),
    ("55", "นน", "NAN"),
    ("56", "พย", "PYO"),
    ("57", "ชร", "CRI"),
    ("58", "มส", "MSN"),
    ("60", "นว", "NSN"),
    ("61", "อน", "UTI"),
    ("62", "กพ", "KPT"),
    ("63", "ตก", "TAK"),
    ("64", "สท", "STI"),
    ("65", "พล", "PLK"),
    ("66", "พจ", "PCT"),
    ("67", "พช", "PNB"),
    ("70", "รบ", "RBR"),
    ("71", "กจ", "KRI"),
    ("72", "สพ", "SPB"),
    ("73", "นฐ", "NPT"),
    ("74", "สค", "SKN"),
    ("75", "สส", "SKM"),
    ("76", "พบ", "PBI"),
    ("77", "ปข", "PKN"),
    ("80", "นศ", "NST"),
    ("81", "กบ", "KBI"),
    ("82", "พง", "PNA"),
    ("83", "ภก", "PKT"),
    ("84", "สฎ", "SNI"),
    ("85", "รน", "RNG"),
    ("86", "ชพ", "CPN"),
    ("90", "สข", "SKA"),
    ("91", "สต", "STN"),
    ("92", "ตง", "TRG"),
    ("93", "พท", "PLG"),
    ("94", "ปน", "PTN"),
    ("95", "ยล", "YLA"),
    ("96", "นธ", "NWT"),
]

# (cluster code, region)
CLUSTER_REGIONS = [
    ("central-upper-1", "central"),
    ("central-upper-2", "central"),
    ("central-middle", "central"),
    ("central-lower-1", "central"),
    ("central-lower-2", "central"),
    ("south-gulf", "south"),
    ("south-andaman", "south"),
    ("south-border", "south"),
    ("east", "east"),
    ("northeast-upper-1", "northeast"),
    ("northeast-upper-2", "northeast"),
    ("northeast-middle", "northeast"),
    ("northeast-lower-1", "northeast"),
    ("northeast-lower-2", "northeast"),
    ("north-upper-1", "north"),
    ("north-upper-2", "north"),
    ("north-lower-1", "north"),
    ("north-lower-2", "north"),
]


def load(apps, schema_editor):
    Province = apps.get_model("provinces", "Province")
    Cluster = apps.get_model("provinces", "Cluster")
    for code, thai, english in ABBREVIATIONS:
        Province.objects.filter(code=code).update(abbreviation_th=thai, abbreviation_en=english)
    for code, region in CLUSTER_REGIONS:
        Cluster.objects.filter(code=code).update(region=region)


class Migration(migrations.Migration):
    dependencies = [
        ("provinces", "0003_historicalpcso_historicaltechnologyclinic"),
    ]

    operations = [
        migrations.AddField(
            model_name="province",
            name="abbreviation_th",
            field=models.CharField(
                default="",
                help_text="The official abbreviation, e.g. ชม for Chiang Mai.",
                max_length=5,
                verbose_name="abbreviation (Thai)",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="province",
            name="abbreviation_en",
            field=models.CharField(
                default="",
                help_text="Three letters, e.g. CMI for Chiang Mai.",
                max_length=5,
                verbose_name="abbreviation (English)",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="cluster",
            name="region",
            field=models.CharField(
                choices=[
                    ("north", "North"),
                    ("northeast", "Northeast"),
                    ("central", "Central"),
                    ("east", "East"),
                    ("west", "West"),
                    ("south", "South"),
                ],
                default="",
                help_text="The region the cluster scheme names it after; a member province may lie in another.",
                max_length=20,
                verbose_name="region",
            ),
            preserve_default=False,
        ),
        migrations.RunPython(load, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="cluster",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("region__in", ["north", "northeast", "central", "east", "west", "south"])
                ),
                name="cluster_region_valid",
            ),
        ),
    ]
