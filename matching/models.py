"""Staff decisions the matching assistant records: duplicates and groups of near-identical requests."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RequestGroup(models.Model):
    """Near-identical requests from several provinces of one cluster, answered together."""

    title = models.CharField(_("title"), max_length=300)
    cluster = models.ForeignKey(
        "provinces.Cluster",
        verbose_name=_("province cluster"),
        on_delete=models.PROTECT,
        related_name="request_groups",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("request group")
        verbose_name_plural = _("request groups")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title


class RequestGroupMember(models.Model):
    """A request's place in a group; a request belongs to one group at most."""

    group = models.ForeignKey(
        RequestGroup,
        verbose_name=pgettext_lazy("request group", "group"),
        on_delete=models.CASCADE,
        related_name="members",
    )
    request = models.OneToOneField(
        "requests_app.Request",
        verbose_name=_("request"),
        on_delete=models.CASCADE,
        related_name="matching_group_member",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("added by"), on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        verbose_name = _("request group member")
        verbose_name_plural = _("request group members")
        ordering = ["group", "request__province__code", "pk"]

    def __str__(self) -> str:
        return f"{self.group}: {self.request}"


class DuplicateMark(models.Model):
    """Staff's finding that a request repeats an earlier one."""

    request = models.OneToOneField(
        "requests_app.Request",
        verbose_name=_("request"),
        on_delete=models.CASCADE,
        related_name="duplicate_mark",
    )
    duplicate_of = models.ForeignKey(
        "requests_app.Request",
        verbose_name=_("duplicate of"),
        on_delete=models.PROTECT,
        related_name="duplicate_marks",
    )
    note = models.TextField(_("note"), blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("marked by"), on_delete=models.PROTECT, related_name="+"
    )
    marked_at = models.DateTimeField(_("marked"), auto_now_add=True)

    class Meta:
        verbose_name = _("duplicate mark")
        verbose_name_plural = _("duplicate marks")
        constraints = [
            models.CheckConstraint(condition=~Q(request=F("duplicate_of")), name="duplicate_not_itself"),
        ]

    def __str__(self) -> str:
        return f"{self.request} = {self.duplicate_of}"


class ProductNeed(models.Model):
    """What a product usually needs: a request naming the product is read as naming those needs.

    A province writes "our mangosteens are sent back" without the word "irradiation"; this table,
    which staff extend, lets the assistant find the services a product usually takes.
    """

    products = models.TextField(
        _("products"),
        help_text=_("Names of the product, Thai or English, one per line (e.g. “มังคุด”, “mangosteen”)."),
    )
    needs = models.TextField(
        _("usual needs"),
        help_text=_(
            "What such a product usually needs, Thai or English, one per line "
            "(e.g. “ฉายรังสี”, “อบแห้ง”, “บรรจุภัณฑ์”)."
        ),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("product and its needs")
        verbose_name_plural = _("products and their needs")
        ordering = ["pk"]

    def __str__(self) -> str:
        return ", ".join(lines(self.products)[:3]) or f"#{self.pk}"


class GenericWord(models.Model):
    """A word every kind of request uses ("ปลอดภัย", "ตรวจ"): it counts less when matching."""

    word = models.CharField(_("word"), max_length=100, unique=True)
    weight = models.FloatField(
        _("weight"),
        default=0.3,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text=_("How much the word counts, from 0 (not at all) to 1 (as any other word)."),
    )

    class Meta:
        verbose_name = _("generic word")
        verbose_name_plural = _("generic words")
        ordering = ["word"]

    def __str__(self) -> str:
        return self.word


def lines(text: str) -> list[str]:
    """The non-empty lines of a vocabulary field."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class RequestDocument(models.Model):
    """A past request as the matching index holds it: its length and the version indexed.

    Kept in the database (not in each worker) so that a new worker's first suggestion reads a
    few rows instead of segmenting every past request; see :mod:`matching.store`.
    """

    request = models.OneToOneField(
        "requests_app.Request", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    length = models.FloatField()
    indexed_at = models.DateTimeField(db_index=True)  # the request's updated_at when indexed

    class Meta:
        default_permissions = ()

    def __str__(self) -> str:
        return f"#{self.request_id}"


class RequestTerm(models.Model):
    """One feature (word or word pair) of a past request, with its count: the inverted index."""

    request = models.ForeignKey(
        "requests_app.Request", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    term = models.CharField(max_length=120)
    tf = models.FloatField()  # how often the request uses it (title words twice)
    length = models.FloatField()  # the request's length, repeated so scoring needs no join

    class Meta:
        default_permissions = ()
        indexes = [
            models.Index(fields=["term", "request"], name="matching_term_idx"),
            models.Index(fields=["request"], name="matching_term_request_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.request_id}: {self.term}"
