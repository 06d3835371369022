"""An article as a PDF: Thai text shaped by HarfBuzz in the Sarabun font from fontpkg-sarabun.

No system font is needed: the TTF files ship inside the installed package.
"""

import logging
from pathlib import Path

import fontpkg_sarabun
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from fpdf import FPDF

from core import dates
from core.thai import with_word_breaks
from news.html import html_to_text
from news.models import Article

FONT_DIR = Path(fontpkg_sarabun.__file__).parent / "files"

# fpdf2 subsets the font with fontTools, which logs every glyph list at INFO: keep it out of the logs.
logging.getLogger("fontTools").setLevel(logging.WARNING)


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


def article_pdf(*, article: Article, language: str, url: str) -> bytes:
    """The article's title, date, body, photo credits and public-relations contact as PDF bytes."""
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
    pdf.multi_cell(0, 9, article.localized_title, new_x="LMARGIN", new_y="NEXT", align="L")
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

    pdf.set_text_color(29, 36, 48)
    if article.lead:
        pdf.set_font("Sarabun", "B", 13)
        pdf.multi_cell(0, 7.5, with_word_breaks(article.lead), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(2)
    pdf.set_font("Sarabun", "", 13)
    for paragraph in html_to_text(article.body).split("\n"):
        if paragraph.strip():
            pdf.multi_cell(0, 7.5, with_word_breaks(paragraph), new_x="LMARGIN", new_y="NEXT", align="L")
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
            pdf.multi_cell(
                0, 6.5, f"{label}: {value}" if label else value, new_x="LMARGIN", new_y="NEXT", align="L"
            )
    return bytes(pdf.output())
