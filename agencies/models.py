"""The ministry's agencies and the support mechanisms through which they answer requests."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import BilingualName, localized


class AgencyKind(models.TextChoices):
    """Kind of a agency."""

    MINISTRY_OFFICE = "ministry_office", _("Ministry office")
    DEPARTMENT = "department", _("Department")
    PUBLIC_ORGANISATION = "public_organisation", _("Public organisation")
    OTHER = "other", _("Other state agency")


class Agency(BilingualName, models.Model):
    """One of the ministry's 16 agencies (หน่วยงานในสังกัด), reference data."""

    Kind = AgencyKind

    code = models.CharField(_("acronym"), max_length=10, unique=True)
    slug = models.SlugField(_("slug"), max_length=10, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=255, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=255, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    website = models.URLField(_("website"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["order", "code"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=AgencyKind.values), name="agency_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("agencies:agency_detail", kwargs={"slug": self.slug})


class MechanismQuerySet(models.QuerySet):
    def active(self) -> "MechanismQuerySet":
        return self.filter(is_active=True)


class Mechanism(BilingualName, models.Model):
    """A support mechanism of an agency (a service it offers), editable by staff."""

    agency = models.ForeignKey(
        Agency, verbose_name=_("agency"), on_delete=models.PROTECT, related_name="mechanisms"
    )
    name_th = models.CharField(_("name (Thai)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255)
    description_th = models.TextField(_("description (Thai)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    is_active = models.BooleanField(_("offered"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = MechanismQuerySet.as_manager()

    class Meta:
        verbose_name = _("mechanism")
        verbose_name_plural = _("mechanisms")
        ordering = ["agency__order", "agency__code", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "name_en"], name="mechanism_unique_name_en"),
            models.UniqueConstraint(fields=["agency", "name_th"], name="mechanism_unique_name_th"),
        ]

    def __str__(self) -> str:
        return f"{self.agency.code}: {self.name}"

    @property
    def description(self) -> str:
        return localized(self.description_th, self.description_en)
