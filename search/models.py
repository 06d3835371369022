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
    ``text`` is the :func:`search.normalise.key` of the record's text; ``loose`` its loose key
    (no tone marks), searched when a query finds nothing as typed; it has a trigram index too.
    """

    Kind = DocumentKind

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(_("record id"))
    text = models.TextField(_("folded text"))
    loose = models.TextField(_("text without tone marks"), blank=True, default="")
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


class VariantKind(models.TextChoices):
    """Why the words of a variant group mean the same."""

    ABBREVIATION = "abbreviation", _("Abbreviation")
    ALIAS = "alias", _("Alias or short name")
    SPELLING = "spelling", _("Spelling variant")
    TRANSLITERATION = "transliteration", _("Transliteration")
    WORD_FORM = "word_form", _("Other word for the same thing")


class SearchVariant(models.Model):
    """Words search treats as one: an abbreviation and its name, an alias, spellings of a word.

    A query that holds any of the words finds what each of them finds ("สวทช." finds
    "สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ" and "NSTDA"; "เซรามิค" finds "เซรามิก").
    Staff keep the groups in the admin; the first ones come from the reference data.
    """

    Kind = VariantKind

    words = models.TextField(
        _("words"), help_text=_("One per line. A search for any of them finds what the others find.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SPELLING)
    note = models.CharField(_("note"), max_length=255, blank=True)
    is_active = models.BooleanField(_("in use"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("search variant")
        verbose_name_plural = _("search variants")
        ordering = ["kind", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=VariantKind.values), name="search_variant_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return " = ".join(self.word_list()[:3])

    def word_list(self) -> list[str]:
        """The words as written, one per line, without blanks or repeats."""
        return list(dict.fromkeys(line.strip() for line in (self.words or "").splitlines() if line.strip()))

    def clean(self):
        from django.core.exceptions import ValidationError

        from search.normalise import key

        keys = {key(word) for word in self.word_list()}
        if any(len(word) < 2 for word in keys):
            raise ValidationError({"words": _("Each word needs at least two letters.")})
        if len(keys) < 2:
            raise ValidationError({"words": _("Give at least two different words, one per line.")})
