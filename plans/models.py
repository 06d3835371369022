"""Provincial (or cluster) STI plans per fiscal year, their projects and budgets by source.

The programme's aim is plans and budgets integrated with the ministry's
("บูรณาการแผนงานและงบประมาณ"); a project says which requests and assignments it answers, so the
plan page can set what was planned against what was delivered.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel, localized


class PlanPublication(models.TextChoices):
    """Whether the public sees a plan yet."""

    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PlanQuerySet(models.QuerySet):
    def published(self) -> "PlanQuerySet":
        return self.filter(publication=PlanPublication.PUBLISHED)

    def visible_to(self, user) -> "PlanQuerySet":
        """Staff see drafts too; everyone else the published plans."""
        if user.is_authenticated and (user.is_superuser or getattr(user, "role", "") == "staff"):
            return self.all()
        return self.published()

    def for_province(self, province) -> "PlanQuerySet":
        """The province's own plans and those of any cluster it has belonged to."""
        clusters = province.cluster_memberships.values("cluster_id")
        return self.filter(Q(province=province) | Q(cluster_id__in=clusters))


class Plan(TimeStampedModel):
    """A province's or a cluster's STI plan for one fiscal year."""

    Publication = PlanPublication

    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year (B.E.)"))
    province = models.ForeignKey(
        "provinces.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sti_plans",
    )
    cluster = models.ForeignKey(
        "provinces.Cluster",
        verbose_name=_("cluster"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sti_plans",
    )
    title = models.CharField(_("title (Thai)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    document = models.FileField(_("plan document"), upload_to="plans/%Y/", blank=True)
    publication = models.CharField(
        _("publication"), max_length=20, choices=Publication.choices, default=Publication.DRAFT
    )

    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("STI plan")
        verbose_name_plural = _("STI plans")
        ordering = ["-fiscal_year", "province__code", "cluster__code", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(province__isnull=True) & Q(cluster__isnull=False))
                | (Q(province__isnull=False) & Q(cluster__isnull=True)),
                name="plan_province_or_cluster",
            ),
            models.UniqueConstraint(fields=["fiscal_year", "province"], name="plan_province_year_unique"),
            models.UniqueConstraint(fields=["fiscal_year", "cluster"], name="plan_cluster_year_unique"),
            models.CheckConstraint(
                condition=Q(publication__in=PlanPublication.values), name="plan_publication_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.localized_title} ({self.fiscal_year})"

    def clean(self) -> None:
        super().clean()
        if bool(self.province_id) == bool(self.cluster_id):
            raise ValidationError(_("A plan belongs to one province or one cluster."))

    def get_absolute_url(self) -> str:
        province = self.province or (self.cluster.hub_province if self.cluster_id else None)
        return reverse("plans:province_plans", kwargs={"slug": province.slug}) + f"#plan-{self.pk}"

    @property
    def localized_title(self) -> str:
        return localized(self.title, self.title_en)

    @property
    def owner(self):
        return self.province or self.cluster


class Project(models.Model):
    """A project of a plan, with its budget by source and the requests and assignments it answers."""

    plan = models.ForeignKey(Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="projects")
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    lead = models.ForeignKey(
        "agencies.Deliverer",
        verbose_name=_("lead deliverer"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plan_projects",
    )
    budget_ministry = models.DecimalField(
        _("budget from the ministry (baht)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    budget_province = models.DecimalField(
        _("budget from the province (baht)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    budget_other = models.DecimalField(
        _("budget from other sources (baht)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    requests = models.ManyToManyField(
        "requests_app.Request",
        verbose_name=_("requests it answers"),
        related_name="plan_projects",
        blank=True,
    )
    assignments = models.ManyToManyField(
        "requests_app.Assignment",
        verbose_name=_("assignments it funds"),
        related_name="plan_projects",
        blank=True,
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["plan", "order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(budget_ministry__isnull=True) | Q(budget_ministry__gte=0),
                name="project_budget_ministry_ge_0",
            ),
            models.CheckConstraint(
                condition=Q(budget_province__isnull=True) | Q(budget_province__gte=0),
                name="project_budget_province_ge_0",
            ),
            models.CheckConstraint(
                condition=Q(budget_other__isnull=True) | Q(budget_other__gte=0),
                name="project_budget_other_ge_0",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def budget_total(self) -> Decimal | None:
        parts = [b for b in (self.budget_ministry, self.budget_province, self.budget_other) if b is not None]
        return sum(parts, Decimal(0)) if parts else None
