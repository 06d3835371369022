"""The article PDF's text extracts as written: whole words, ำ whole, no zero-width characters,
numbered lists as numbers, no break inside a number range or before a classifier, the photo."""

import io
import re

import pytest
from pypdf import PdfReader
from pythainlp.tokenize import word_tokenize

from news.models import ArticlePhoto
from news.pdf_layout import break_lines, units
from tests.factories import ArticleFactory
from tests.news.helpers import image_upload

pytestmark = pytest.mark.django_db

ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
TITLE = "วท. ลงพื้นที่ติดตามการพัฒนาผลิตภัณฑ์เซรามิกของผู้ประกอบการจังหวัดลำปางและจังหวัดลำพูนร่วมกับสำนักงานปลัดกระทรวง"
PARAGRAPH = (
    "กระทรวงวิทยาศาสตร์และเทคโนโลยีโดยสำนักงานปลัดกระทรวงวิทยาศาสตร์และเทคโนโลยีจัดการประชุมเชิงปฏิบัติการ"
    "กลุ่มจังหวัดภาคเหนือตอนบนที่จังหวัดลำปาง ผู้ว่าราชการจังหวัดทั้ง 8 จังหวัดเข้าร่วมประชุมพร้อมหน่วยงานในสังกัด"
    "สอบถามรายละเอียดเพิ่มเติมได้ที่สำนักงานปลัดกระทรวง โทร. 0 2354 3728 - 3732 ในวันและเวลาราชการ"
)
PROVINCES = ["เชียงใหม่", "ลำพูน", "ลำปาง", "แพร่", "น่าน", "พะเยา", "เชียงราย", "แม่ฮ่องสอน"]


def _pdf_text(client, article) -> str:
    response = client.get(f"/news/{article.slug}.pdf")
    assert response.status_code == 200
    reader = PdfReader(io.BytesIO(response.content))
    return "\n".join(page.extract_text() for page in reader.pages), reader


@pytest.fixture
def article(db):
    items = "".join(f"<li>จังหวัด{name}</li>" for name in PROVINCES)
    article = ArticleFactory(
        title=TITLE, lead="", body=f"<p>{PARAGRAPH * 2}</p><ol>{items}</ol><ul><li>ข้อสังเกต</li></ul>"
    )
    ArticlePhoto.objects.create(article=article, image=image_upload(), caption="ภาพการประชุม", is_cover=True)
    return article


def test_the_text_has_no_zero_width_characters_and_sara_am_whole(client, article):
    text, _reader = _pdf_text(client, article)
    assert not ZERO_WIDTH.search(text)
    assert "\x03" not in text
    joined = text.replace("\n", "")
    for word in ("ลำปาง", "สำนักงานปลัดกระทรวง", "ลำพูน", "ทั้ง 8 จังหวัด", "3728 - 3732"):
        assert word in joined, word
    assert "ลำ ปาง" not in text and "สำ นัก" not in text
    # Copying the paragraph out of the PDF gives it back: every break fell between words.
    assert PARAGRAPH.replace(" ", "") in joined.replace(" ", "")


def test_lines_break_between_whole_words_never_in_a_range_or_before_a_classifier(client, article):
    text, _reader = _pdf_text(client, article)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    starts = set()
    position = 0
    source = PARAGRAPH * 2
    for word in word_tokenize(source, engine="newmm", keep_whitespace=True):
        starts.add(position)
        position += len(word)
    body = [line for line in lines if line.replace(" ", "") in source.replace(" ", "")]
    assert len(body) >= 4
    for line in body:
        assert source.index(line) in starts, f"line starts inside a word: {line[:20]}"
        assert not line.startswith(("จังหวัด เข้า", "- 3732", "3732")), line
        assert not re.search(r"(ทั้ง 8|3728 -)$", line), line


def test_numbered_lists_are_numbered_and_the_title_breaks_between_words(client, article):
    text, _reader = _pdf_text(client, article)
    for number, name in enumerate(PROVINCES, start=1):
        assert re.search(rf"^{number}\.\s*จังหวัด{name}$", text, re.MULTILINE), name
    assert re.search(r"^•\s*ข้อสังเกต$", text, re.MULTILINE)
    title_lines = text.replace("กระทรวงวิทยาศาสตร์และเทคโนโลยี\n", "", 1).splitlines()
    title_lines = [
        line for line in text.splitlines() if line and line.replace(" ", "") in TITLE.replace(" ", "")
    ]
    assert len(title_lines) >= 2 and "".join(title_lines).replace(" ", "") == TITLE.replace(" ", "")
    assert title_lines[0] != "วท."  # the first line is filled, not cut after the abbreviation


def test_the_cover_photo_is_in_the_pdf(client, article):
    _text, reader = _pdf_text(client, article)
    assert len(reader.pages[0].images) == 1
    without = ArticleFactory(title="ข่าวไม่มีภาพ")
    assert len(_pdf_text(client, without)[1].pages[0].images) == 0


def test_units_keep_the_text_and_glue_numbers():
    assert "".join(units(PARAGRAPH)) == PARAGRAPH
    assert "8 จังหวัด" in units(PARAGRAPH)
    assert any("3728 - 3732" in unit for unit in units(PARAGRAPH))
    lines = break_lines("ทั้ง 8 จังหวัด", 8, len)
    assert lines == ["ทั้ง", "8 จังหวัด"]
