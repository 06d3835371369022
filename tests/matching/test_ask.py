"""Reading the ask: letters' formulas do not outweigh it, numbered asks each bring their agency."""

import pytest

from matching.ask import numbered_asks
from matching.services import suggest_mechanisms
from matching.text import tokenize


def _agencies(suggestions):
    return [s.agency.code for s in suggestions]


@pytest.mark.django_db
def test_letter_boilerplate_does_not_outweigh_the_ask(staff):
    letter = (
        "ด้วยจังหวัดได้ดำเนินโครงการตามยุทธศาสตร์การพัฒนาจังหวัดด้านนโยบายและแผน "
        "เพื่อเป็นการยกระดับคุณภาพชีวิตของประชาชนอย่างยั่งยืน "
        "จึงขอความอนุเคราะห์สอบเทียบตาชั่งของแม่ค้าในตลาดสด จึงเรียนมาเพื่อโปรดพิจารณา"
    )
    assert _agencies(suggest_mechanisms(text=letter, user=staff))[0] == "NIMT"


@pytest.mark.django_db
def test_each_numbered_ask_brings_its_agency_to_the_first_three(staff):
    text = "หมู่บ้านต้องการ 1) สอบเทียบตาชั่ง 2) ภาพถ่ายดาวเทียมพื้นที่ปลูกข้าว 3) ค่ายวิทยาศาสตร์ให้นักเรียน"
    shown = suggest_mechanisms(text=text, user=staff)
    assert {"NIMT", "GISTDA", "NSM"} == set(_agencies(shown)[:3])


def test_numbered_asks_are_split_but_numbers_in_prose_are_not():
    assert numbered_asks("ต้องการ ๑. ตรวจน้ำ ๒. เครื่องกรอง") == ["ตรวจน้ำ", "เครื่องกรอง"]
    assert numbered_asks("(1) ตาชั่ง (2) ดาวเทียม") == ["ตาชั่ง", "ดาวเทียม"]
    assert numbered_asks("ราคา 2.5 บาท เกษตรกร 50 ราย") == []


def test_screening_is_one_word_not_a_water_filter():
    words = tokenize("คัดกรองผู้สูงอายุ")
    assert "คัดกรอง" in words and "กรอง" not in words
