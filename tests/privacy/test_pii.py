"""What counts as personal data in a request's text: Thai phone numbers, e-mail addresses, national IDs."""

import pytest

from privacy.pii import find_personal_data, is_national_id, mask


def _kinds(text: str) -> list[str]:
    return [match.kind for match in find_personal_data(text)]


@pytest.mark.parametrize(
    "text",
    ["โทร 081-234-5678", "ติดต่อ 0812345678", "มือถือ 09 1234 5678", "+66 81 234 5678", "โทร. 02 333 3700",
     "053-942-000", "โทร ๐๘๑๒๓๔๕๖๗๘"],
)  # fmt: skip
def test_thai_phone_numbers_are_found(text):
    assert _kinds(text) == ["phone"]


@pytest.mark.parametrize(
    "text",
    ["โจทย์ 2557-0008", "งบประมาณ 1,500,000 บาท", "ปี 2552 จำนวน 125 เรื่อง", "รหัส 12345", "ลำไย 30 ตัน/ไร่",
     "วันที่ 24 – 26 พฤษภาคม 2552", "เลข 1234567890123"],
)  # fmt: skip
def test_numbers_that_are_not_personal_data_are_left_alone(text):
    assert _kinds(text) == []


def test_e_mail_addresses_are_found():
    assert [(m.kind, m.text) for m in find_personal_data("ส่งที่ somchai.j@example.co.th ครับ")] == [
        ("email", "somchai.j@example.co.th")
    ]


def test_a_national_id_needs_its_check_digit():
    valid = "1101700230708"  # check digit right: 13 digits, weights 13..2, mod 11
    assert is_national_id(valid)
    assert not is_national_id("1101700230705")
    assert _kinds(f"เลขบัตร {valid}") == ["national_id"]
    assert _kinds("เลขบัตร 1-1017-00230-70-8") == ["national_id"]
    assert _kinds("เลขบัตร ๑๑๐๑๗๐๐๒๓๐๗๐๘") == ["national_id"]
    assert _kinds("เลขบัตร 1101700230705") == []


def test_several_matches_come_in_reading_order():
    text = "นายสมชาย โทร 081-234-5678 อีเมล a@b.go.th บัตร 1101700230708"
    assert _kinds(text) == ["phone", "email", "national_id"]


def test_a_masked_match_is_recognisable_but_not_usable():
    assert mask("081-234-5678") == "08•-•••-••78"
