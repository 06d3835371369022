"""An article as a PDF: Thai text shaped by HarfBuzz in the Sarabun font from fontpkg-sarabun.

No system font is needed: the TTF files ship inside the installed package. The text layer holds
the text as written, so that it can be copied and searched: lines are broken between words here
(news.pdf_layout), not by inserting zero-width spaces, and ำ, which HarfBuzz draws as two glyphs
(nikhahit and sara aa), is mapped back to the one character it was.
"""

import io
import logging
from pathlib import Path

import fontpkg_sarabun
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from fpdf import FPDF

from core import dates
from news.models import Article
from news.pdf_layout import body_blocks, break_lines

FONT_DIR = Path(fontpkg_sarabun.__file__).parent / "files"

# fpdf2 subsets the font with fontTools, which logs every glyph list at INFO: keep it out of the logs.
logging.getLogger("fontTools").setLevel(logging.WARNING)
logger = logging.getLogger(__name__)

PHOTO_MAX_HEIGHT = 95  # mm


class _NoText(int):
    """A character code that maps to no text: formatted as "", it writes ``<code> <>`` in the
    font's ToUnicode map."""

    def __format__(self, spec: str) -> str:
        return ""


def _map_cluster_glyphs_to_no_text(pdf: FPDF) -> None:
    """Give the second glyph of a shaped cluster (sara aa of ำ) an empty text mapping.

    HarfBuzz decomposes ำ into nikhahit + sara aa in one cluster; fpdf2 gives the first glyph the
    cluster's text (ำ) and leaves the second without any, so readers invent one (a space: "ลำ ปาง").
    """
    for font in pdf.fonts.values():
        subset = getattr(font, "subset", None)
        if subset is None:
            continue
        for glyph, _code in subset.items():
            if glyph is not None and glyph.unicode == ():
                glyph.unicode = (_NoText(0),)


class ArticlePDF(FPDF):
    """A4 pages with the ministry's name in the header and page numbers in the footer."""

    def header(self):
        self.set_font("Sarabun", size=9)
        self.set_text_color(90, 100, 115)
        self.cell(0, 6, _("Ministry of Science and Technology"), new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_draw_color(200, 150, 44)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sarabun", size=9)
        self.set_text_color(90, 100, 115)
        self.cell(0, 8, f"{self.page_no()}", align="C")


def _paragraph(pdf: FPDF, text: str, height: float, *, indent: float = 0, marker: str = "") -> None:
    """``text`` in lines broken between words, each drawn as written (with a hanging ``marker``)."""
    left = pdf.l_margin + indent
    width = pdf.w - pdf.r_margin - left
    for number, line in enumerate(
        [piece for part in text.split("\n") for piece in break_lines(part, width, pdf.get_string_width)]
    ):
        if pdf.will_page_break(height):
            pdf.add_page()
        if marker and number == 0:
            pdf.set_x(left - 7)
            pdf.cell(7, height, marker)
        pdf.set_x(left)
        pdf.cell(width, height, line, new_x="LMARGIN", new_y="NEXT")


def _photo(pdf: FPDF, article: Article, language: str) -> None:
    """The article's cover photo under its title, with its caption and credit."""
    photo = article.cover()
    if photo is None:
        return
    field = photo.image_detail or photo.image
    try:
        with field.open("rb") as handle:
            data = io.BytesIO(handle.read())
        width = pdf.w - pdf.l_margin - pdf.r_margin
        ratio = (photo.height / photo.width) if photo.width and photo.height else 2 / 3
        if width * ratio > PHOTO_MAX_HEIGHT:
            width = PHOTO_MAX_HEIGHT / ratio
        pdf.image(data, x=pdf.l_margin, w=width)
    except (OSError, ValueError, SyntaxError):  # a missing or unreadable file: the PDF goes without
        logger.warning("article %s: photo %s not readable for the PDF", article.pk, photo.pk)
        return
    caption = " · ".join(part for part in (photo.localized_caption, photo.credit) if part)
    if caption:
        pdf.set_font("Sarabun", "", 10)
        pdf.set_text_color(90, 100, 115)
        _paragraph(pdf, caption, 5.5)
    pdf.ln(3)


def article_pdf(*, article: Article, language: str, url: str) -> bytes:
    """The article's title, date, photo, body, photo credits and public-relations contact as PDF bytes."""
    pdf = ArticlePDF(format="A4")
    pdf.set_title(article.localized_title)
    pdf.set_author(_("Ministry of Science and Technology"))
    pdf.set_lang("th" if language == "th" else "en")
    pdf.add_font("Sarabun", "", FONT_DIR / "Sarabun-Regular.ttf")
    pdf.add_font("Sarabun", "B", FONT_DIR / "Sarabun-Bold.ttf")
    pdf.set_text_shaping(True)
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    pdf.set_text_color(7, 42, 85)
    pdf.set_font("Sarabun", "B", 17)
    _paragraph(pdf, article.localized_title, 9)
    pdf.ln(1)
    pdf.set_text_color(90, 100, 115)
    pdf.set_font("Sarabun", "", 11)
    if article.published_at:
        pdf.cell(
            0,
            7,
            dates.format_date(timezone.localdate(article.published_at), language),
            new_x="LMARGIN",
            new_y="NEXT",
        )
    pdf.ln(3)
    _photo(pdf, article, language)

    pdf.set_text_color(29, 36, 48)
    if article.lead:
        pdf.set_font("Sarabun", "B", 13)
        _paragraph(pdf, article.lead, 7.5)
        pdf.ln(2)
    for block in body_blocks(article.body):
        pdf.set_font("Sarabun", "B" if block.kind == "h" else "", 14 if block.kind == "h" else 13)
        if block.kind == "li":
            _paragraph(pdf, block.text, 7.5, indent=8 + 7 * block.depth, marker=block.marker)
            pdf.ln(0.5)
        else:
            _paragraph(pdf, block.text, 7.5)
            pdf.ln(2)

    pdf.ln(3)
    pdf.set_font("Sarabun", "", 11)
    credits = [
        (_("Written by"), article.writer),
        (pgettext("credit", "Photos"), article.photographers),
        ("", article.pr_contact),
        ("", url),
    ]
    for label, value in credits:
        if value:
            _paragraph(pdf, f"{label}: {value}" if label else value, 6.5)
    _map_cluster_glyphs_to_no_text(pdf)
    return bytes(pdf.output())
