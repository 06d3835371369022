"""News articles the ministry publishes about the programme."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core import dates
from core.models import TimeStampedModel, localized
from news.html import clean_html
from news.photos import Photo


class ArticleQuerySet(models.QuerySet):
    def published(self) -> "ArticleQuerySet":
        """Articles the public may read: published, with a publish time that has come."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def visible_to(self, user) -> "ArticleQuerySet":
        """Staff see every article (drafts for preview); everyone else the published ones."""
        if user.is_authenticated and (user.is_superuser or getattr(user, "role", "") == "staff"):
            return self.all()
        return self.published()

    def in_fiscal_year(self, year_be: int) -> "ArticleQuerySet":
        """Articles published in Thai fiscal year ``year_be``."""
        first, last = dates.fiscal_year_bounds(year_be)
        return self.filter(published_at__date__range=(first, last))


class ArticleStatus(models.TextChoices):
    """Status of a article."""

    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Article(TimeStampedModel):
    """A news article, like the ministry's own workshop news pages."""

    Status = ArticleStatus

    title = models.CharField(_("title (Thai)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    lead = models.TextField(_("lead"), blank=True, help_text=_("One or two sentences shown in lists."))
    body = models.TextField(_("body"))
    writer = models.CharField(_("writer"), max_length=200, blank=True)
    photographers = models.CharField(_("photographers"), max_length=300, blank=True)
    pr_contact = models.CharField(
        _("public-relations contact"),
        max_length=300,
        blank=True,
        default="กลุ่มงานประชาสัมพันธ์ สำนักงานปลัดกระทรวงวิทยาศาสตร์และเทคโนโลยี โทร. 02 333 3700 ต่อ 3728 - 3732",
    )
    workshop = models.ForeignKey(
        "workshops.Workshop",
        verbose_name=_("workshop"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
    )
    reported_workshops = models.ManyToManyField(
        "workshops.Workshop",
        verbose_name=_("workshops it reports"),
        related_name="reporting_articles",
        blank=True,
        help_text=_("For an article that reports on several workshops (a year's results)."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("publish time"),
        null=True,
        blank=True,
        help_text=_("A time in the future schedules the article."),
    )
    undated = models.BooleanField(
        _("the source gives no date"),
        default=False,
        help_text=_("The publish time then only orders the article: no date is shown on the portal."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["created_at", "updated_at"])

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["status", "-published_at"], name="article_published_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ArticleStatus.values), name="article_status_valid"),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_time",
            ),
        ]

    def __str__(self) -> str:
        return self.localized_title

    def clean(self) -> None:
        super().clean()
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()  # "publish" without a time means now

    def save(self, *args, **kwargs):
        # Every path that stores a body — admin form, import, shell — passes through here.
        self.body = clean_html(self.body)
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:article_detail", kwargs={"slug": self.slug})

    @property
    def public_reported_workshops(self):
        """The published workshops the article reports, oldest first (one query)."""
        return list(
            self.reported_workshops.published().select_related("host_province").order_by("start_date", "pk")
        )

    @property
    def localized_title(self) -> str:
        return localized(self.title, self.title_en)

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.published_at <= timezone.now()

    @property
    def is_scheduled(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.published_at > timezone.now()

    @property
    def state_label(self) -> str:
        """Draft, scheduled or published: what the public sees of the article right now."""
        if self.is_scheduled:
            return str(_("Scheduled"))
        return self.get_status_display()

    @property
    def fiscal_year(self) -> int | None:
        return dates.fiscal_year(timezone.localdate(self.published_at)) if self.published_at else None

    @cached_property
    def photo_list(self) -> list["ArticlePhoto"]:
        """The article's photos in order: prefetched ones, else one query the first time asked."""
        return list(self.photos.all())

    def cover(self) -> "ArticlePhoto | None":
        """The cover photo: the one marked as cover, else the first."""
        photos = self.photo_list
        return next((photo for photo in photos if photo.is_cover), photos[0] if photos else None)

    def gallery(self) -> list["ArticlePhoto"]:
        """The photos after the cover, in order."""
        cover = self.cover()
        return [photo for photo in self.photo_list if photo != cover]


class ArticlePhoto(Photo):
    """A photo of an article: its cover or one of its gallery."""

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="photos"
    )
    is_cover = models.BooleanField(_("cover photo"), default=False)

    class Meta(Photo.Meta):
        verbose_name = _("article photo")
        verbose_name_plural = _("article photos")
        constraints = [
            models.UniqueConstraint(
                fields=["article"], condition=Q(is_cover=True), name="article_photo_one_cover"
            ),
        ]


@receiver(pre_save, sender=Article)
def _sanitise_loaded_body(sender, instance: Article, raw: bool, **kwargs) -> None:
    """``loaddata`` stores rows without calling ``save()``: imported bodies are sanitised here."""
    if raw:
        instance.body = clean_html(instance.body)
