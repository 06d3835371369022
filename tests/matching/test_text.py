import socket

import pytest

from matching import text
from matching.text import display_feature, features, normalize, tokenize


def test_normalize_repairs_sara_am_typed_as_two_characters():
    # nikhahit + tone mark + sara aa, and a tone mark typed after sara am
    assert normalize("น\u0e4d\u0e49\u0e32") == "น้ำ"
    assert normalize("น\u0e33\u0e49ดื่ม") == "น้ำดื่ม"
    assert normalize("ท\u0e4d\u0e32") == "ทำ"


def test_normalize_drops_zero_width_characters_and_converts_thai_digits():
    assert normalize("เครื่อง\u200bชั่ง\ufeff ๒๕๕๒") == "เครื่องชั่ง 2552"


def test_tokenize_segments_thai_and_drops_stop_words():
    words = tokenize("ขอรับการสนับสนุนการสอบเทียบเครื่องชั่งในตลาดสดของเทศบาล")
    assert "สอบเทียบ" in words
    assert "เครื่องชั่ง" in words
    assert "ตลาดสด" in words
    for stop in ("ขอรับ", "การ", "ใน", "ของ", "สนับสนุน"):
        assert stop not in words


def test_tokenize_treats_differently_typed_sara_am_alike():
    assert tokenize("นํ้าดื่มสะอาด") == tokenize("น้ำดื่มสะอาด")


def test_tokenize_strips_nominal_prefixes():
    assert tokenize("การเกษตร") == tokenize("เกษตร")
    assert tokenize("ความปลอดภัย") == ["ปลอดภัย"]


def test_tokenize_lowercases_and_stems_english():
    assert tokenize("Calibration of the SCALES") == ["calibration", "scale"]
    assert tokenize("packaging for OTOP products") == tokenize("packaging OTOP product")


def test_features_add_word_pairs_shown_as_thai_phrases():
    counts = features("ภาพถ่ายดาวเทียม")
    assert counts["ภาพถ่าย ดาวเทียม"] == 1
    assert display_feature("ภาพถ่าย ดาวเทียม") == "ภาพถ่ายดาวเทียม"
    assert display_feature("satellite image") == "satellite image"


def test_text_handling_works_without_network(monkeypatch):
    """PyThaiNLP's tokenizer and stop words come from files in the package, never a download."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    text._tokenizer.cache_clear()
    text._thai_stopwords.cache_clear()
    try:
        assert tokenize("การเพาะเลี้ยงเนื้อเยื่อกล้วยไม้") == ["เพาะเลี้ยง", "เนื้อเยื่อ", "กล้วยไม้"]
    finally:
        text._tokenizer.cache_clear()
        text._thai_stopwords.cache_clear()


@pytest.mark.parametrize("blank", ["", "   ", "\u200b", "และ ของ ที่"])
def test_blank_or_stop_word_only_text_has_no_features(blank):
    assert features(blank) == {}
