"""Seed data: what common provincial products usually need, and the words every request uses.

Staff extend both tables in the admin; rows are only added when the table is empty.
"""

from django.db import migrations

FRESH_FRUIT = "ฉายรังสี\nกำจัดแมลง\nยืดอายุ\nอบแห้ง\nแปรรูป\nบรรจุภัณฑ์\nตรวจวิเคราะห์\nส่งออก"
LOCAL_FOOD = "ยืดอายุ\nแปรรูป\nจุลินทรีย์\nตรวจวิเคราะห์\nมาตรฐานผลิตภัณฑ์ชุมชน\nอย\nบรรจุภัณฑ์\nฉลาก"
CRAFT = "ออกแบบ\nบรรจุภัณฑ์\nมาตรฐานผลิตภัณฑ์ชุมชน\nถ่ายทอดเทคโนโลยี\nผลิตภัณฑ์ชุมชน"
HERBAL = "สมุนไพร\nเครื่องสำอาง\nสารสกัด\nตรวจวิเคราะห์\nมาตรฐานผลิตภัณฑ์ชุมชน"
GRAIN = "ปรับปรุงพันธุ์\nเมล็ดพันธุ์\nอบแห้ง\nแปรรูป\nตรวจวิเคราะห์"
PRODUCTS = [
    (
        "มังคุด\nมะม่วง\nลำไย\nลิ้นจี่\nทุเรียน\nเงาะ\nสับปะรด\nกล้วย\nมะพร้าว\nส้มโอ\nลองกอง\nสตรอว์เบอร์รี\n"
        "mango\nmangosteen\nlongan\ndurian\npineapple\nbanana",
        FRESH_FRUIT,
        "fresh fruit",
    ),
    (
        "แหนม\nหมูยอ\nหลามหมูยอ\nปลาร้า\nน้ำพริก\nกล้วยตาก\nกุนเชียง\nไส้อั่ว\nข้าวแต๋น\nน้ำปลา\nขนม\n"
        "ผลไม้อบแห้ง\nlocal food\nsnack",
        LOCAL_FOOD,
        "local food",
    ),
    (
        "ผ้าไหม\nผ้าทอ\nผ้าฝ้าย\nมัดหมี่\nจักสาน\nเครื่องจักสาน\nเครื่องเงิน\nเซรามิก\nเครื่องปั้นดินเผา\n"
        "ไม้แกะสลัก\nกระเป๋า\nหัตถกรรม\ncraft\nsilk\nbasketry",
        CRAFT,
        "crafts",
    ),
    ("ขมิ้นชัน\nไพล\nกระชาย\nฟ้าทะลายโจร\nว่านหางจระเข้\nสบู่\nherb", HERBAL, "herbs and herbal products"),
    ("ข้าว\nข้าวเปลือก\nข้าวโพด\nถั่ว\nงา\nrice\nmaize", GRAIN, "grain"),
    ("กาแฟ\nชา\nโกโก้\ncoffee\ntea", "แปรรูป\nคั่ว\nบรรจุภัณฑ์\nตรวจวิเคราะห์\nคุณภาพ", "coffee and tea"),
    ("น้ำผึ้ง\nนม\nน้ำนมดิบ\nhoney\nmilk", "ตรวจวิเคราะห์\nจุลินทรีย์\nปนเปื้อน\nมาตรฐาน", "honey and milk"),
]

# Words requests of every kind use; they count this much against any other word.
GENERIC_WORDS = {
    "ปลอดภัย": 0.3,
    "ดูแล": 0.3,
    "ตรวจ": 0.4,
    "ตรวจสอบ": 0.5,
    "ชื้น": 0.4,
    "นักเรียน": 0.5,
    "เยาวชน": 0.5,
    "แม่บ้าน": 0.4,
    "กลุ่มแม่บ้าน": 0.4,
    "เกษตรกร": 0.5,
    "ชุมชน": 0.5,
    "พัฒนา": 0.5,
    "ยกระดับ": 0.3,
    "คุณภาพชีวิต": 0.3,
    "ประชาชน": 0.4,
    "ผู้สูงอายุ": 0.5,
    "โรงพยาบาล": 0.5,
    "โรงเรียน": 0.6,
    "ส่งออก": 0.6,
    "ราคา": 0.4,
    "รายได้": 0.4,
    "safe": 0.3,
    "safety": 0.3,
}


def seed(apps, schema_editor):
    ProductNeed = apps.get_model("matching", "ProductNeed")
    GenericWord = apps.get_model("matching", "GenericWord")
    if not ProductNeed.objects.exists():
        for products, needs, note in PRODUCTS:
            ProductNeed.objects.create(products=products, needs=needs, note=note)
    if not GenericWord.objects.exists():
        for word, weight in GENERIC_WORDS.items():
            GenericWord.objects.create(word=word, weight=weight)


class Migration(migrations.Migration):
    dependencies = [("matching", "0002_genericword_productneed")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
