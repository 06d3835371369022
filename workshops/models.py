"""Workshops (การประชุมเชิงปฏิบัติการ) held with the province clusters, who took part, what was done."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core import dates
from core.models import TimeStampedModel, localized
from news.photos import Photo


class WorkshopQuerySet(models.QuerySet):
    def in_fiscal_year(self, year_be: int) -> "WorkshopQuerySet":
        first, last = dates.fiscal_year_bounds(year_be)
        return self.filter(start_date__range=(first, last))

    def targeting_cluster(self, cluster) -> "WorkshopQuerySet":
        """Workshops held for ``cluster``: named as a target cluster, or targeting one of its provinces.

        Whatever the single ``target_cluster`` field says: the 2013 Chiang Mai workshop covered
        both Upper North clusters and shows on both pages.
        """
        through = Workshop.target_provinces.through.objects
        members = cluster.memberships.values("province_id")
        return self.filter(
            Q(target_cluster=cluster)
            | Q(pk__in=Workshop.target_clusters.through.objects.filter(cluster=cluster).values("workshop_id"))
            | Q(pk__in=through.filter(province_id__in=members).values("workshop_id"))
        )

    def involving(self, province) -> "WorkshopQuerySet":
        """Workshops ``province`` hosted or was a target of.

        ``host = province OR id IN (the province's target rows)``: PostgreSQL hashes the target
        rows once (a "hashed SubPlan") and walks the workshops newest first, stopping at the page's
        last row. Not an OR across a join, which would read every target row of every workshop and
        need DISTINCT; not ``id IN (targeted UNION hosted)``, which it joined by comparing every
        workshop with every id (2.6 ms for Chiang Mai's 313 of 5,000 workshops, against 0.5 ms).
        """
        targeted = Workshop.target_provinces.through.objects.filter(province=province)
        return self.filter(Q(host_province=province) | Q(pk__in=targeted.values("workshop_id")))

    def published(self) -> "WorkshopQuerySet":
        """Workshops the public may see: those staff have published (drafts stay in the admin)."""
        return self.filter(publication=WorkshopPublication.PUBLISHED)

    def visible_to(self, user) -> "WorkshopQuerySet":
        """Staff see every workshop (drafts for preview); everyone else the published ones."""
        if user.is_authenticated and (user.is_superuser or getattr(user, "role", "") == "staff"):
            return self.all()
        return self.published()


class WorkshopStatus(models.TextChoices):
    """Status of a workshop."""

    PLANNED = "planned", _("Planned")
    HELD = "held", _("Held")
    CANCELLED = "cancelled", _("Cancelled")


class WorkshopPublication(models.TextChoices):
    """Whether the public sees a workshop yet, like a news article's draft and published."""

    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Workshop(TimeStampedModel):
    """A workshop between MOST agencies and the provinces of a cluster."""

    Status = WorkshopStatus
    Publication = WorkshopPublication

    title = models.CharField(_("title (Thai)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    theme = models.CharField(_("theme"), max_length=300, blank=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    venue = models.CharField(_("venue"), max_length=255)
    host_province = models.ForeignKey(
        "provinces.Province",
        verbose_name=_("host province"),
        on_delete=models.PROTECT,
        related_name="hosted_workshops",
    )
    target_cluster = models.ForeignKey(
        "provinces.Cluster",
        verbose_name=_("target cluster"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="workshops",
    )
    target_provinces = models.ManyToManyField(
        "provinces.Province",
        verbose_name=_("target provinces"),
        related_name="workshops",
        blank=True,
    )
    target_clusters = models.ManyToManyField(
        "provinces.Cluster",
        verbose_name=_("target clusters"),
        related_name="targeted_workshops",
        blank=True,
        help_text=_("Every cluster the workshop was held for; add provinces outside any cluster below."),
    )
    organising_centre = models.ForeignKey(
        "provinces.RegionalCentre",
        verbose_name=_("organising centre"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="workshops",
    )
    chair = models.CharField(_("chair"), max_length=255, blank=True)
    officials = models.TextField(_("officials"), blank=True, help_text=_("One per line."))
    participant_count = models.PositiveIntegerField(
        _("participants"),
        null=True,
        blank=True,
        help_text=_("The whole workshop's count, only if the source gives one; a session's goes with it."),
    )
    inferred = models.TextField(
        _("inferred, not in the source"),
        blank=True,
        help_text=_("Say which values staff inferred rather than read in a source; the page shows it."),
    )
    summary = models.TextField(_("summary"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PLANNED)
    publication = models.CharField(
        _("publication"),
        max_length=20,
        choices=Publication.choices,
        default=Publication.DRAFT,
        help_text=_("A draft is seen only by ministry staff; publish it to show it on the portal."),
    )

    objects = WorkshopQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["created_at", "updated_at"])

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")
        ordering = ["-start_date", "pk"]
        indexes = [
            models.Index(fields=["start_date"], name="workshop_start_idx"),
            # The lists' order (newest first, then pk), so a page or the first hits read no more.
            models.Index(fields=["-start_date", "id"], name="workshop_newest_idx"),
            # Upcoming workshops (home page, calendar feed): the few not yet over.
            models.Index(fields=["end_date"], name="workshop_end_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")), name="workshop_dates_ordered"
            ),
            models.CheckConstraint(
                condition=Q(status__in=WorkshopStatus.values), name="workshop_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(publication__in=WorkshopPublication.values), name="workshop_publication_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.localized_title

    def get_absolute_url(self) -> str:
        return reverse("workshops:workshop_detail", kwargs={"slug": self.slug})

    @property
    def localized_title(self) -> str:
        return localized(self.title, self.title_en)

    @property
    def is_public(self) -> bool:
        return self.publication == self.Publication.PUBLISHED

    @property
    def fiscal_year(self) -> int:
        return dates.fiscal_year(self.start_date)

    @property
    def official_list(self) -> list[str]:
        return [line.strip() for line in self.officials.splitlines() if line.strip()]


class ParticipationRole(models.TextChoices):
    """Role of a participation."""

    EXHIBITOR = "exhibitor", _("Exhibitor")
    DEMONSTRATOR = "demonstrator", _("Demonstrator")
    SPEAKER = "speaker", _("Speaker")


class Participation(models.Model):
    """An agency's part in a workshop."""

    Role = ParticipationRole

    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="participations"
    )
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="workshop_participations",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = _("participating agency")
        verbose_name_plural = _("participating agencies")
        ordering = ["workshop", "agency__order", "role"]
        constraints = [
            models.UniqueConstraint(fields=["workshop", "agency", "role"], name="participation_unique"),
            models.CheckConstraint(
                condition=Q(role__in=ParticipationRole.values), name="participation_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agency.short_name} ({self.get_role_display()})"


class ActivityKind(models.TextChoices):
    """Kind of a activity."""

    DEMONSTRATION = "demonstration", _("Demonstration")
    SATELLITE_IMAGES = "satellite_images", _("Satellite-image handover")
    EXHIBITION = "exhibition", _("Exhibition")
    TECHNOLOGY_TRANSFER = "technology_transfer", _("Technology transfer")


class Activity(models.Model):
    """Something done at a workshop: a demonstration, a satellite-image handover, an exhibition…"""

    Kind = ActivityKind

    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="activities"
    )
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="workshop_activities",
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["workshop", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=ActivityKind.values), name="activity_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.title


class WorkshopPhoto(Photo):
    """A photo taken at a workshop, with its caption and credit."""

    workshop = models.ForeignKey(
        Workshop, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="photos"
    )

    class Meta(Photo.Meta):
        verbose_name = _("workshop photo")
        verbose_name_plural = _("workshop photos")


from workshops.proceedings import Handover, Person, Session, SuccessStory, WorkshopPerson  # noqa: E402, F401
