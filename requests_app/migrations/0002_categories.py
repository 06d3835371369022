"""Reference data: the three request categories the programme reports by (DOMAIN.md)."""

from django.db import migrations

# (number, code, Thai name, English name)
CATEGORIES = [
    (
        1,
        "agri-industry-testing",
        "การพัฒนาสินค้าเกษตร อุตสาหกรรมและการทดสอบ สอบเทียบ",
        "Agricultural and industrial product development; testing and calibration",
    ),
    (
        2,
        "processing-otop-packaging",
        "การแปรรูปสินค้า พัฒนาผลิตภัณฑ์ชุมชนและท้องถิ่น (OTOP) และการบรรจุภัณฑ์",
        "Processing, community and local (OTOP) product development, and packaging",
    ),
    (
        3,
        "learning-knowledge",
        "การพัฒนาแหล่งเรียนรู้และการจัดการความรู้ด้านวิทยาศาสตร์ เทคโนโลยีและนวัตกรรม",
        "Learning centres and science, technology and innovation knowledge management",
    ),
]


def load(apps, schema_editor):
    Category = apps.get_model("requests_app", "Category")
    for number, code, name_th, name_en in CATEGORIES:
        Category.objects.create(number=number, code=code, name_th=name_th, name_en=name_en)


def unload(apps, schema_editor):
    apps.get_model("requests_app", "Category").objects.all()._raw_delete(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("requests_app", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
