"""Sorted lists read in Thai dictionary order on Thai pages and English order on English pages,
on SQLite and on PostgreSQL alike (run this file with DATABASE_URL set for the second)."""

import re

import pytest
from django.utils import translation

from provinces.models import Province

pytestmark = pytest.mark.django_db

# The 77 provinces as the Ministry of Interior lists them (Thai dictionary order).
THAI_ORDER = [
    "กระบี่", "กรุงเทพมหานคร", "กาญจนบุรี", "กาฬสินธุ์", "กำแพงเพชร", "ขอนแก่น", "จันทบุรี",
    "ฉะเชิงเทรา", "ชลบุรี", "ชัยนาท", "ชัยภูมิ", "ชุมพร", "เชียงราย", "เชียงใหม่", "ตรัง", "ตราด",
    "ตาก", "นครนายก", "นครปฐม", "นครพนม", "นครราชสีมา", "นครศรีธรรมราช", "นครสวรรค์", "นนทบุรี",
    "นราธิวาส", "น่าน", "บึงกาฬ", "บุรีรัมย์", "ปทุมธานี", "ประจวบคีรีขันธ์", "ปราจีนบุรี", "ปัตตานี",
    "พระนครศรีอยุธยา", "พะเยา", "พังงา", "พัทลุง", "พิจิตร", "พิษณุโลก", "เพชรบุรี", "เพชรบูรณ์",
    "แพร่", "ภูเก็ต", "มหาสารคาม", "มุกดาหาร", "แม่ฮ่องสอน", "ยโสธร", "ยะลา", "ร้อยเอ็ด", "ระนอง",
    "ระยอง", "ราชบุรี", "ลพบุรี", "ลำปาง", "ลำพูน", "เลย", "ศรีสะเกษ", "สกลนคร", "สงขลา", "สตูล",
    "สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร", "สระแก้ว", "สระบุรี", "สิงห์บุรี", "สุโขทัย",
    "สุพรรณบุรี", "สุราษฎร์ธานี", "สุรินทร์", "หนองคาย", "หนองบัวลำภู", "อ่างทอง", "อำนาจเจริญ",
    "อุดรธานี", "อุตรดิตถ์", "อุทัยธานี", "อุบลราชธานี",
]  # fmt: skip

_OPTION = re.compile(r'<option value="([^"]+)"[^>]*>([^<]+)</option>')


def _province_options(html: str, name: str = "province") -> list[str]:
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert select, f"no {name} drop-down"
    return [label for _value, label in _OPTION.findall(select.group(1))]


def test_all_77_thai_names_in_thai_order_from_the_database():
    with translation.override("th"):
        names = list(Province.objects.by_name().values_list("name_th", flat=True))
    assert names == THAI_ORDER


def test_english_names_in_english_order_from_the_database():
    with translation.override("en"):
        names = list(Province.objects.by_name().values_list("name_en", flat=True))
    assert names == sorted(names, key=str.casefold)
    assert names[:3] == ["Amnat Charoen", "Ang Thong", "Bangkok"]


@pytest.mark.parametrize("path", ["/requests/", "/workshops/"])
def test_public_province_drop_downs_in_the_pages_language_order(client, path):
    assert _province_options(client.get(path).content.decode()) == THAI_ORDER
    english = _province_options(client.get("/en" + path).content.decode())
    assert len(english) == 77
    assert english == sorted(english, key=str.casefold)


def test_desk_province_drop_down_in_thai_order(client, coordinator):
    client.force_login(coordinator)
    assert _province_options(client.get("/desk/").content.decode()) == THAI_ORDER


def test_admin_province_choices_in_the_pages_language_order(client, superuser):
    # The admin picks provinces through autocomplete boxes, ordered by the province admin.
    client.force_login(superuser)
    query = "app_label=workshops&model_name=workshop&field_name=host_province"
    results = client.get(f"/admin/autocomplete/?{query}").json()["results"]
    assert [r["text"] for r in results] == THAI_ORDER[: len(results)]
    page_two = client.get(f"/admin/autocomplete/?{query}&page=2").json()["results"]
    assert [r["text"] for r in page_two] == THAI_ORDER[len(results) : len(results) + len(page_two)]
    html = client.get("/admin/provinces/province/").content.decode()
    assert html.index("กระบี่") < html.index("เชียงราย") < html.index("ยโสธร") < html.index("ยะลา")


def test_centres_listed_by_number(client):
    html = client.get("/centres/").content.decode()
    numbers = [int(n) for n in re.findall(r"ศวภ\.(\d+)", html)]
    assert numbers and numbers == sorted(numbers)
    assert numbers[:4] == [1, 2, 3, 4]


def test_provinces_page_lists_each_cluster_in_the_pages_language_order(client):
    def card(html: str) -> list[str]:
        match = re.search(r'data-cluster="north-upper-2">(.*?)</li>\s*</ul>', html, re.S)
        return re.findall(r'class="badge" href="[^"]+">([^<]+)</a>', match.group(1))

    # เชียงราย is read among the ช: first of the four, not last.
    assert card(client.get("/provinces/").content.decode()) == ["เชียงราย", "น่าน", "พะเยา", "แพร่"]
    assert card(client.get("/en/provinces/").content.decode()) == ["Chiang Rai", "Nan", "Phayao", "Phrae"]
