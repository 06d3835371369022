"""News articles the ministry publishes about the programme."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel, localized


class ArticleQuerySet(models.QuerySet):
    def published(self) -> "ArticleQuerySet":
        """Articles the public may read: published, with a publish time that has come."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def visible_to(self, user) -> "ArticleQuerySet":
        """Staff see every article (drafts for preview); everyone else the published ones."""
        if user.is_authenticated and (user.is_superuser or getattr(user, "role", "") == "staff"):
            return self.all()
        return self.published()


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
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("publish time"),
        null=True,
        blank=True,
        help_text=_("A time in the future schedules the article."),
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

    def get_absolute_url(self) -> str:
        return reverse("news:article_detail", kwargs={"slug": self.slug})

    @property
    def localized_title(self) -> str:
        return localized(self.title, self.title_en)

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.published_at <= timezone.now()
