"""Thailand's provinces, the province clusters they belong to (as of a date), the ministry's
regional coordination centres, PCSOs and technology clinics."""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.collation import by_name
from core.models import BilingualName, localized


class Region(models.TextChoices):
    """The six geographic regions used by the reference data."""

    NORTH = "north", _("North")
    NORTHEAST = "northeast", _("Northeast")
    CENTRAL = "central", _("Central")
    EAST = "east", _("East")
    WEST = "west", _("West")
    SOUTH = "south", _("South")


BANGKOK_CODE = "10"


class ProvinceQuerySet(models.QuerySet):
    def by_name(self) -> "ProvinceQuerySet":
        """In Thai dictionary order on Thai pages, English alphabetical order on English ones."""
        return self.order_by(*by_name())


class Province(BilingualName, models.Model):
    """One of Thailand's 77 provinces (reference data)."""

    code = models.CharField(_("code"), max_length=2, unique=True)
    iso_code = models.CharField(_("ISO 3166-2 code"), max_length=5, unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=100, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=100, unique=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    abbreviation_th = models.CharField(
        _("abbreviation (Thai)"),
        max_length=5,
        help_text=_("The official abbreviation, e.g. ชม for Chiang Mai."),
    )
    abbreviation_en = models.CharField(
        _("abbreviation (English)"), max_length=5, help_text=_("Three letters, e.g. CMI for Chiang Mai.")
    )
    latitude = models.DecimalField(_("latitude"), max_digits=7, decimal_places=4)
    longitude = models.DecimalField(_("longitude"), max_digits=7, decimal_places=4)
    regional_centre = models.ForeignKey(
        "RegionalCentre",
        verbose_name=_("regional centre"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="provinces",
        help_text=_("The ministry's regional coordination centre covering this province, if any."),
    )

    objects = ProvinceQuerySet.as_manager()

    class Meta:
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(condition=Q(region__in=Region.values), name="province_region_valid"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("provinces:province_detail", kwargs={"slug": self.slug})

    @property
    def abbreviation(self) -> str:
        """ "ชม" / "CMI": the short name a tile of the province map shows."""
        return localized(self.abbreviation_th, self.abbreviation_en)

    @property
    def title(self) -> str:
        """ "จังหวัดเชียงใหม่" / "Chiang Mai province"; Bangkok is not a จังหวัด but a special area."""
        if self.code == BANGKOK_CODE:
            return self.name
        return _("%(name)s province") % {"name": self.name}

    def membership_on(self, day: dt.date | None = None) -> "ClusterMembership | None":
        """The province's cluster membership in force on ``day`` (today when omitted)."""
        day = day or timezone.localdate()
        return self.cluster_memberships.on(day).select_related("cluster").first()

    def cluster_on(self, day: dt.date | None = None) -> "Cluster | None":
        """The cluster the province belonged to on ``day`` (today when omitted)."""
        membership = self.membership_on(day)
        return membership.cluster if membership else None


class Cluster(BilingualName, models.Model):
    """A province cluster (กลุ่มจังหวัด): the 18 groups the programme works with."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=200, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200, unique=True)
    hub_province = models.ForeignKey(
        Province,
        verbose_name=_("hub province"),
        on_delete=models.PROTECT,
        related_name="hub_of_clusters",
    )
    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region.choices,
        help_text=_("The region the cluster scheme names it after; a member province may lie in another."),
    )

    class Meta:
        verbose_name = _("province cluster")
        verbose_name_plural = _("province clusters")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(condition=Q(region__in=Region.values), name="cluster_region_valid"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("provinces:cluster_detail", kwargs={"code": self.code})

    def members_on(self, day: dt.date | None = None) -> models.QuerySet[Province]:
        """The provinces that belonged to this cluster on ``day`` (today when omitted)."""
        day = day or timezone.localdate()
        return Province.objects.filter(
            cluster_memberships__in=ClusterMembership.objects.filter(cluster=self).on(day)
        )


class ClusterMembershipQuerySet(models.QuerySet):
    def on(self, day: dt.date) -> "ClusterMembershipQuerySet":
        """Memberships in force on ``day``."""
        return self.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=day),
            Q(valid_to__isnull=True) | Q(valid_to__gt=day),
        )

    def current(self) -> "ClusterMembershipQuerySet":
        return self.on(timezone.localdate())


class ClusterMembership(models.Model):
    """A province's membership of a cluster over a span of dates.

    ``valid_from`` empty means "since the first recorded scheme" (the scheme of 18 Feb 2009, which
    the programme's earlier workshops already used); ``valid_to`` is the first day the province
    is no longer a member, empty while it still is.
    """

    province = models.ForeignKey(
        Province,
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="cluster_memberships",
    )
    cluster = models.ForeignKey(
        Cluster, verbose_name=_("cluster"), on_delete=models.PROTECT, related_name="memberships"
    )
    valid_from = models.DateField(
        _("member from"),
        null=True,
        blank=True,
        help_text=_("Leave empty for the original scheme of 18 February 2009."),
    )
    valid_to = models.DateField(
        _("member until"),
        null=True,
        blank=True,
        help_text=_("The first day the province is no longer a member; empty while it is."),
    )
    basis = models.CharField(
        _("basis"), max_length=255, blank=True, help_text=_("The decision this membership rests on.")
    )

    objects = ClusterMembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("cluster membership")
        verbose_name_plural = _("cluster memberships")
        ordering = ["province__code", "valid_from"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_to__isnull=True)
                | Q(valid_to__gt=models.F("valid_from")),
                name="membership_dates_ordered",
            ),
            models.UniqueConstraint(
                fields=["province"],
                condition=Q(valid_to__isnull=True),
                name="membership_one_open_per_province",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.province} → {self.cluster}"

    def clean(self) -> None:
        super().clean()
        if self.valid_from and self.valid_to and self.valid_to <= self.valid_from:
            raise ValidationError({"valid_to": _("The end date must be after the start date.")})
        if not self.province_id:
            return
        overlapping = ClusterMembership.objects.filter(province_id=self.province_id).exclude(pk=self.pk)
        if self.valid_to:
            overlapping = overlapping.filter(Q(valid_from__isnull=True) | Q(valid_from__lt=self.valid_to))
        if self.valid_from:
            overlapping = overlapping.filter(Q(valid_to__isnull=True) | Q(valid_to__gt=self.valid_from))
        if overlapping.exists():
            raise ValidationError(
                _("%(province)s already belongs to a cluster during these dates.")
                % {"province": self.province.title}
            )


class RegionalCentre(BilingualName, models.Model):
    """A ministry regional coordination centre (ศวภ.), the ministry's representative in a region."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    region_th = models.CharField(_("region served (Thai)"), max_length=100)
    region_en = models.CharField(_("region served (English)"), max_length=100)
    host_province = models.ForeignKey(
        Province, verbose_name=_("seat"), on_delete=models.PROTECT, related_name="+"
    )
    host_institution_th = models.CharField(_("host institution (Thai)"), max_length=255, blank=True)
    host_institution_en = models.CharField(_("host institution (English)"), max_length=255, blank=True)
    address_th = models.TextField(_("address (Thai)"), blank=True)
    address_en = models.TextField(_("address (English)"), blank=True)
    established_on = models.DateField(_("established on"), null=True, blank=True)
    established_by_th = models.CharField(_("established by (Thai)"), max_length=255, blank=True)
    established_by_en = models.CharField(_("established by (English)"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("regional centre")
        verbose_name_plural = _("regional centres")
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(condition=Q(number__gte=1), name="centre_number_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.short_name} {self.region}"

    def get_absolute_url(self) -> str:
        return reverse("provinces:centre_detail", kwargs={"number": self.number})

    @property
    def short_name(self) -> str:
        """ศวภ.1 in Thai, RCC 1 in English."""
        return localized(f"ศวภ.{self.number}", f"RCC {self.number}")

    @property
    def region(self) -> str:
        return localized(self.region_th, self.region_en)

    @property
    def host_institution(self) -> str:
        return localized(self.host_institution_th, self.host_institution_en)

    @property
    def address(self) -> str:
        return localized(self.address_th, self.address_en)

    @property
    def established_by(self) -> str:
        return localized(self.established_by_th, self.established_by_en)


class PCSOQuerySet(models.QuerySet):
    def current(self, day: dt.date | None = None) -> "PCSOQuerySet":
        """Officers in post on ``day`` (today when omitted)."""
        day = day or timezone.localdate()
        return self.filter(Q(term_start__lte=day), Q(term_end__isnull=True) | Q(term_end__gte=day))


class PCSO(models.Model):
    """A Provincial Chief Science Officer: the deputy governor the Interior ministry assigns."""

    province = models.ForeignKey(
        Province, verbose_name=_("province"), on_delete=models.PROTECT, related_name="pcsos"
    )
    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=200, default="รองผู้ว่าราชการจังหวัด", blank=True)
    term_start = models.DateField(_("term start"))
    term_end = models.DateField(_("term end"), null=True, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("login"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pcso_records",
    )

    objects = PCSOQuerySet.as_manager()
    # Who was PCSO when, and who changed it (anonymising a person rewrites these rows too).
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("PCSO")
        verbose_name_plural = _("PCSOs")
        ordering = ["province__code", "-term_start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(term_end__isnull=True) | Q(term_end__gte=models.F("term_start")),
                name="pcso_term_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.province})"

    def clean(self) -> None:
        super().clean()
        if self.term_end and self.term_start and self.term_end < self.term_start:
            raise ValidationError({"term_end": _("The end of the term cannot be before its start.")})
        if self.user_id and self.province_id and self.user.province_id not in (None, self.province_id):
            raise ValidationError({"user": _("This login acts for another province.")})


class TechnologyClinic(models.Model):
    """The educational institution MOST assigns as a province's network technology clinic."""

    province = models.OneToOneField(
        Province, verbose_name=_("province"), on_delete=models.PROTECT, related_name="technology_clinic"
    )
    institution_th = models.CharField(_("institution (Thai)"), max_length=255)
    institution_en = models.CharField(_("institution (English)"), max_length=255, blank=True)
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("technology clinic")
        verbose_name_plural = _("technology clinics")
        ordering = ["province__code"]

    def __str__(self) -> str:
        return self.institution

    @property
    def institution(self) -> str:
        return localized(self.institution_th, self.institution_en)


class District(BilingualName, models.Model):
    """A district (อำเภอ, or เขต in Bangkok) with its DOPA code (reference data from GeoThai)."""

    code = models.CharField(_("code"), max_length=4, unique=True)
    province = models.ForeignKey(
        Province, verbose_name=_("province"), on_delete=models.PROTECT, related_name="districts"
    )
    name_th = models.CharField(_("name (Thai)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)

    class Meta:
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["province", "name_th"], name="district_name_unique_in_province"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def full_name_th(self) -> str:
        """``อำเภอภูหลวง จังหวัดเลย``: Bangkok's เขต already carry their word, provinces take อำเภอ."""
        if self.province.code == BANGKOK_CODE:
            return f"{self.name_th} {self.province.name_th}"
        return f"อำเภอ{self.name_th} จังหวัด{self.province.name_th}"
