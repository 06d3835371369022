"""The one normalisation shared by site search, the similar-request check, matching and the API."""

import pytest

from search.normalise import key, key_positions, loose, normalise, tokens


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("น\u0e4d\u0e49\u0e32", "น้ำ"),  # nikhahit + tone mark + sara aa
        ("น\u0e33\u0e49ดื่ม", "น้ำดื่ม"),  # tone mark typed after sara am
        ("ล\u0e4d\u0e32ปาง", "ลำปาง"),
        ("เครื่อง\u200bชั่ง\ufeff ๒๕๕๒", "เครื่องชั่ง 2552"),
        ("กรุงเทพ ฯ", "กรุงเทพฯ"),
        ("ต่าง  ๆ", "ต่างๆ"),
        ("  NSTDA\tRoad  ", "nstda road"),
        ("ก่่า", "ก่า"),
    ],
)
def test_normalise(typed, expected):
    assert normalise(typed) == expected


def test_key_folds_sara_ai_maimuan_into_maimalai():
    assert key("ลำใย") == key("ลำไย") == "ลำไย"
    assert key("ลําใย") == key("ลำไย")


def test_loose_key_ignores_tone_marks_thanthakhat_paiyannoi_and_abbreviation_dots():
    assert loose("เครื่องชั่ง") == loose("เครื่องชัง")
    assert loose("สวทช.") == loose("สวทช")
    assert loose("กรุงเทพฯ") == loose("กรุงเทพ")
    assert loose("สตาร์ทอัพ") == loose("สตารทอัพ")
    # English keeps its full stops.
    assert loose("e.g. Chon Buri") == "e.g. chon buri"


@pytest.mark.parametrize(
    "text",
    ["ลำใยอบแห้ง น\u0e4d\u0e49\u0e32 \u200bเครื่องชั่ง  ของ สวทช. Chon  Buri", "กรุงเทพ ฯ ต่าง ๆ ก่่า", ""],
)
@pytest.mark.parametrize("is_loose", [False, True])
def test_key_positions_agree_with_key_and_point_into_the_text(text, is_loose):
    folded, positions = key_positions(text, loose=is_loose)
    assert folded == key(text, loose=is_loose)
    assert len(positions) == len(folded)
    for char, position in zip(folded, positions, strict=True):
        assert 0 <= position < len(text)
        if char.isascii() and char.isalpha():
            assert text[position].lower() == char


def test_tokens_segment_both_spellings_alike_in_the_dictionary_spelling():
    assert tokens("ลำใยอบแห้ง") == tokens("ลำไยอบแห้ง")
    assert "ลำไย" in tokens("ลำใยอบแห้ง")
    # The twenty ใ words keep their spelling.
    assert "ใน" in tokens("ลำไยในตลาด")


def test_tokens_keep_compounds_whole():
    words = tokens("การสอบเทียบเครื่องชั่งและภาพถ่าย")
    assert "สอบเทียบ" in words
    assert "เครื่องชั่ง" in words
    assert "ภาพถ่าย" in words


def test_tokens_drop_white_space_and_punctuation():
    assert tokens(" , ") == []
    assert tokens("Calibration, of SCALES.") == ["calibration", "of", "scales"]
