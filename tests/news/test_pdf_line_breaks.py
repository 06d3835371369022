"""Thai lines in the PDF break between words, never inside a syllable."""

import io

import pytest
from pypdf import PdfReader

from core.thai import ZERO_WIDTH_SPACE, with_word_breaks
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

# A line that starts with one of these began in the middle of a syllable.
DEPENDENT = set("ะาำิีึืุูั่้๊๋็์ๆ")
UNSPACED = (
    "กระทรวงวิทยาศาสตร์และเทคโนโลยีจัดการประชุมเชิงปฏิบัติการเพื่อหารือประเด็นความต้องการด้านวิทยาศาสตร์"
    "เทคโนโลยีและนวัตกรรมของทางจังหวัดและบูรณาการการทำงานร่วมกันที่สอดคล้องและเหมาะสมกับความต้องการ"
    "ไปใช้ประโยชน์และพัฒนาพื้นที่ภาคเหนือตอนบนผ่านผู้บริหารวิทยาศาสตร์จังหวัดระดับสูงตลอดจนส่วนราชการที่เกี่ยวข้อง"
)


def test_word_breaks_only_add_invisible_break_points():
    broken = with_word_breaks("เพิ่มประสิทธิภาพการผลิตลำไย Food Valley")
    assert broken.replace(ZERO_WIDTH_SPACE, "") == "เพิ่มประสิทธิภาพการผลิตลำไย Food Valley"
    assert broken.count(ZERO_WIDTH_SPACE) == 2  # เพิ่มประสิทธิภาพ | การผลิต | ลำไย
    assert with_word_breaks("English only") == "English only"


def test_pdf_lines_never_start_inside_a_thai_syllable(client):
    article = ArticleFactory(body=f"<p>{UNSPACED * 3}</p>", lead=UNSPACED)
    response = client.get(f"/news/{article.slug}.pdf")
    assert response.status_code == 200
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    lines = [line.replace(ZERO_WIDTH_SPACE, "").strip() for line in text.splitlines()]
    thai_lines = [line for line in lines if line and "\u0e00" <= line[0] <= "\u0e7f"]
    assert len(thai_lines) > 10
    assert [line for line in thai_lines if line[0] in DEPENDENT] == []
