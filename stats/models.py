"""Figures a ministry report gives (reported), kept apart from what the portal counts (recorded).

A report may give a total it never itemised ("125 requests in FY 2552"): that total cannot be
recorded request by request, so it is entered here with its source, shown beside the recorded
count and never added to it.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel


class ReportedFigure(TimeStampedModel):
    """The totals one ministry report gives for a fiscal year (all provinces, a cluster or a province)."""

    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year (B.E.)"))
    cluster = models.ForeignKey(
        "provinces.Cluster",
        verbose_name=_("cluster"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reported_figures",
    )
    province = models.ForeignKey(
        "provinces.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reported_figures",
    )
    workshops = models.PositiveIntegerField(_("workshops"), null=True, blank=True)
    clusters = models.PositiveIntegerField(_("province clusters"), null=True, blank=True)
    provinces = models.PositiveIntegerField(_("provinces"), null=True, blank=True)
    requests = models.PositiveIntegerField(_("requests"), null=True, blank=True)
    participants = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    source_title = models.CharField(_("source"), max_length=300)
    source_url = models.URLField(_("source address"), blank=True)
    source_article = models.ForeignKey(
        "news.Article",
        verbose_name=_("source article on the portal"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reported_figures",
    )
    source_document = models.FileField(_("source document"), upload_to="reported/%Y/", blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("reported figure")
        verbose_name_plural = _("reported figures")
        ordering = ["-fiscal_year", "cluster__code", "province__code", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(cluster__isnull=True) | Q(province__isnull=True),
                name="reported_figure_one_scope",
            ),
            models.CheckConstraint(
                condition=Q(fiscal_year__gte=2500) & Q(fiscal_year__lte=2700),
                name="reported_figure_fiscal_year_be",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.fiscal_year} {self.scope_label} ({self.source_title})"

    def clean(self) -> None:
        super().clean()
        if self.cluster_id and self.province_id:
            raise ValidationError(_("A reported figure is for a cluster or a province, not both."))

    @property
    def scope_label(self) -> str:
        if self.province_id:
            return self.province.name
        if self.cluster_id:
            return self.cluster.name
        return str(_("All provinces"))


class ReportedCategory(models.Model):
    """A category of requests a report names, with its count when the report gives one."""

    figure = models.ForeignKey(
        ReportedFigure, verbose_name=_("reported figure"), on_delete=models.CASCADE, related_name="categories"
    )
    category = models.ForeignKey(
        "requests_app.Category",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="reported_counts",
    )
    requests = models.PositiveIntegerField(
        _("requests"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the report names the category only."),
    )

    class Meta:
        verbose_name = _("reported category")
        verbose_name_plural = _("requests by category, as reported")
        ordering = ["figure", "category__number"]
        constraints = [
            models.UniqueConstraint(fields=["figure", "category"], name="reported_category_unique"),
        ]

    def __str__(self) -> str:
        return str(self.category)
