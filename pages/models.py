"""The pages the Government Website Standard asks every government site to publish."""

import re

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import localized
from pages.html import clean_page_html

#: A fact the sources do not give (an address, a phone number): staff must replace it.
PLACEHOLDER = re.compile(r"<mark>(.*?)</mark>", re.DOTALL)


class PageKind(models.TextChoices):
    """Which of the standard's pages a record is."""

    ABOUT = "about", _("About the programme")
    CONTACT = "contact", _("Contact us")
    POLICY = "policy", _("Website policy")
    PRIVACY = "privacy", _("Privacy notice")
    COOKIES = "cookies", _("Cookie policy")
    SECURITY = "security", _("Website security policy")
    ACCESSIBILITY = "accessibility", _("Accessibility statement")
    FAQ = "faq", _("Frequently asked questions")


class Page(models.Model):
    """One of the standard's pages, in Thai and English, edited by staff with its history kept."""

    Kind = PageKind

    kind = models.CharField(_("page"), max_length=20, choices=Kind.choices, unique=True)
    title_th = models.CharField(_("title (Thai)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    summary_th = models.TextField(
        _("summary (Thai)"),
        blank=True,
        help_text=_(
            "A line or two: the page's description for search engines; the contact page's is in every footer."
        ),
    )
    summary_en = models.TextField(_("summary (English)"), blank=True)
    body_th = models.TextField(
        _("text (Thai)"),
        help_text=_(
            "Headings, paragraphs, lists, tables and links. A highlighted passage is a placeholder "
            "for a fact the ministry must supply: replace it with the real text."
        ),
    )
    body_en = models.TextField(_("text (English)"), blank=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("website page")
        verbose_name_plural = _("website pages")
        ordering = ["kind"]
        constraints = [models.CheckConstraint(condition=Q(kind__in=PageKind.values), name="page_kind_valid")]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.body_th = clean_page_html(self.body_th)
        self.body_en = clean_page_html(self.body_en)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse(f"pages:{self.kind}")

    @property
    def title(self) -> str:
        return localized(self.title_th, self.title_en)

    @property
    def summary(self) -> str:
        return localized(self.summary_th, self.summary_en)

    @property
    def body(self) -> str:
        return localized(self.body_th, self.body_en)

    @property
    def body_is_thai_only(self) -> bool:
        """True on an English page whose English text is still missing (the Thai is shown)."""
        return self.body == self.body_th and not self.body_en

    @property
    def placeholders(self) -> list[str]:
        """The passages still waiting for the ministry's facts, in either language."""
        return PLACEHOLDER.findall(self.body_th) + PLACEHOLDER.findall(self.body_en)
