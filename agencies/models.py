"""The ministry's agencies and the support mechanisms through which they answer requests."""

from django.core.exceptions import ValidationError
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
    keywords = models.TextField(
        _("matching keywords"),
        blank=True,
        help_text=_(
            "Words that point to this agency whichever of its mechanisms answers, Thai or English, "
            "one per line. The matching assistant reads them."
        ),
    )

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
    need_phrases = models.TextField(
        _("need phrases"),
        blank=True,
        help_text=_(
            "How provinces say they need this service, Thai or English, one phrase per line "
            "(e.g. “ตาชั่งไม่เที่ยงตรง”). The matching assistant weighs them most."
        ),
    )
    products = models.TextField(
        _("products"),
        blank=True,
        help_text=_("Products this service is often asked for, Thai or English, one per line."),
    )
    keywords = models.TextField(
        _("keywords"),
        blank=True,
        help_text=_("Words of this service's field, Thai or English, one per line."),
    )

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


class DelivererKind(models.TextChoices):
    """Kind of a deliverer: who in the ministry's network answers a request."""

    AGENCY = "agency", _("Ministry agency")
    CLINIC = "clinic", _("Technology clinic")
    CENTRE = "centre", _("Regional centre")
    UNIVERSITY = "university", _("University")
    PARTNER = "partner", _("Local partner")


#: Kinds whose deliverer mirrors a record kept elsewhere (its name comes from there).
LINKED_KINDS = {
    DelivererKind.AGENCY: "agency",
    DelivererKind.CLINIC: "clinic",
    DelivererKind.CENTRE: "centre",
}


class DelivererQuerySet(models.QuerySet):
    def active(self) -> "DelivererQuerySet":
        return self.filter(is_active=True)


class Deliverer(BilingualName, models.Model):
    """Who can hold an assignment: an agency, a technology clinic, a regional centre, a university
    or a registered local partner (the ministry's delivery network).

    Agencies, clinics and centres each have exactly one deliverer, kept in step with their own
    record (``agencies.services.deliverer_sync``); universities and local partners are registered
    here by staff. A focal point logs in for one deliverer (``User.deliverer``).
    """

    Kind = DelivererKind

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name_th = models.CharField(_("name (Thai)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255, blank=True)
    short_name_th = models.CharField(_("short name (Thai)"), max_length=60, blank=True)
    short_name_en = models.CharField(_("short name (English)"), max_length=60, blank=True)
    agency = models.OneToOneField(
        Agency,
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deliverer",
    )
    clinic = models.OneToOneField(
        "provinces.TechnologyClinic",
        verbose_name=_("technology clinic"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deliverer",
    )
    centre = models.OneToOneField(
        "provinces.RegionalCentre",
        verbose_name=_("regional centre"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deliverer",
    )
    province = models.ForeignKey(
        "provinces.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deliverers",
        help_text=_("Where a clinic, university or local partner is based."),
    )
    registered_on = models.DateField(
        _("registered on"), null=True, blank=True, help_text=_("When a local partner joined the network.")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    website = models.URLField(_("website"), blank=True)
    is_active = models.BooleanField(_("takes assignments"), default=True)

    objects = DelivererQuerySet.as_manager()

    class Meta:
        verbose_name = _("deliverer")
        verbose_name_plural = _("deliverers")
        ordering = ["kind", "name_th"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=DelivererKind.values), name="deliverer_kind_valid"),
            models.CheckConstraint(
                condition=Q(kind="agency", agency__isnull=False) | Q(~Q(kind="agency"), agency__isnull=True),
                name="deliverer_agency_iff_kind",
            ),
            models.CheckConstraint(
                condition=Q(kind="clinic", clinic__isnull=False) | Q(~Q(kind="clinic"), clinic__isnull=True),
                name="deliverer_clinic_iff_kind",
            ),
            models.CheckConstraint(
                condition=Q(kind="centre", centre__isnull=False) | Q(~Q(kind="centre"), centre__isnull=True),
                name="deliverer_centre_iff_kind",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        if self.agency_id:
            return reverse("agencies:agency_detail", kwargs={"slug": self.agency.slug})
        if self.centre_id:
            return self.centre.get_absolute_url()
        if self.province_id:
            return self.province.get_absolute_url()
        return ""

    def clean(self) -> None:
        super().clean()
        field = LINKED_KINDS.get(self.kind)
        for name in LINKED_KINDS.values():
            linked = getattr(self, f"{name}_id")
            if name == field and not linked:
                raise ValidationError({name: _("A deliverer of this kind needs this link.")})
            if name != field and linked:
                raise ValidationError({name: _("Only a deliverer of this kind links to it.")})

    @property
    def short_name(self) -> str:
        """DSS, ศวภ.1 / RCC 1; the full name when there is no short one."""
        return localized(self.short_name_th, self.short_name_en) or self.name
