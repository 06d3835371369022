"""The search index: one folded text per searchable record of the growing tables."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class DocumentKind(models.TextChoices):
    """The record a search document stands for."""

    REQUEST = "request", _("S&T request")
    WORKSHOP = "workshop", _("Workshop")
    ARTICLE = "article", _("News article")


class SearchDocument(models.Model):
    """The folded, searchable text of one request, workshop or article (kept by search.signals).

    The document holds no permission: search finds candidate ids here and then fetches the
    records through their model's ``visible_to(user)``, the same rule the pages use. On
    PostgreSQL, ``text`` carries a pg_trgm GIN index, so a substring match (``LIKE '%ลำไย%'``)
    stays fast on hundreds of thousands of rows although Thai has no spaces between words.
    """

    Kind = DocumentKind

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(_("record id"))
    text = models.TextField(_("folded text"))
    updated_at = models.DateTimeField(_("indexed"), auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_document_unique"),
            models.CheckConstraint(
                condition=Q(kind__in=DocumentKind.values), name="search_document_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}"
