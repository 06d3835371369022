"""What happens at a workshop: sessions, the people on stage, handovers and success stories shown.

Imported by ``workshops.models``; kept apart so each module stays short.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import localized


class Person(models.Model):
    """A chair, speaker or official, recorded once and named at every workshop they took part in."""

    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=300, blank=True)
    organisation = models.CharField(_("organisation"), max_length=300, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    position_en = models.CharField(_("position (English)"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["name", "position"], name="person_name_position_unique"),
        ]

    def __str__(self) -> str:
        return " ".join(part for part in (self.localized_name, self.localized_position) if part)

    @property
    def localized_name(self) -> str:
        return localized(self.name, self.name_en)

    @property
    def localized_position(self) -> str:
        return localized(self.position, self.position_en)


class WorkshopPersonRole(models.TextChoices):
    """What a person did at a workshop."""

    CHAIR = "chair", _("Chair")
    SPEAKER = "speaker", _("Speaker")
    OFFICIAL = "official", _("Official")


class WorkshopPerson(models.Model):
    """A person's part in one workshop: chair, speaker or one of the officials present."""

    Role = WorkshopPersonRole

    workshop = models.ForeignKey(
        "workshops.Workshop", verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="people"
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="workshop_roles"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("person at the workshop")
        verbose_name_plural = _("chair, speakers and officials")
        ordering = ["workshop", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["workshop", "person", "role"], name="workshop_person_unique"),
            models.CheckConstraint(
                condition=Q(role__in=WorkshopPersonRole.values), name="workshop_person_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()})"


class Session(models.Model):
    """A part of a workshop (ช่วงเช้า, ช่วงบ่าย…) with its own time and number of participants."""

    workshop = models.ForeignKey(
        "workshops.Workshop", verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="sessions"
    )
    title = models.CharField(_("title"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    day = models.DateField(_("day"))
    starts_at = models.TimeField(_("starts at"), null=True, blank=True)
    ends_at = models.TimeField(_("ends at"), null=True, blank=True)
    participant_count = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["workshop", "day", "starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True)
                | Q(starts_at__isnull=True)
                | Q(ends_at__gte=models.F("starts_at")),
                name="session_times_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.localized_title

    @property
    def localized_title(self) -> str:
        return localized(self.title, self.title_en)


class Handover(models.Model):
    """Something handed to a province at a workshop (satellite images of the province…)."""

    workshop = models.ForeignKey(
        "workshops.Workshop", verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="handovers"
    )
    province = models.ForeignKey(
        "provinces.Province", verbose_name=_("province"), on_delete=models.PROTECT, related_name="handovers"
    )
    what = models.CharField(_("what was handed over"), max_length=300)
    recipient = models.CharField(
        _("received by"), max_length=300, blank=True, help_text=_("Leave empty when the source does not say.")
    )
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("from agency"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="handovers",
        help_text=_("Leave empty when the source does not say."),
    )

    class Meta:
        verbose_name = _("handover")
        verbose_name_plural = _("handovers to the provinces")
        ordering = ["workshop", "province__code", "pk"]

    def __str__(self) -> str:
        return f"{self.what} ({self.province})"


class SuccessStory(models.Model):
    """A success story shown at a workshop: a person, company or project the ministry supported."""

    workshop = models.ForeignKey(
        "workshops.Workshop",
        verbose_name=_("workshop"),
        on_delete=models.CASCADE,
        related_name="success_stories",
    )
    title = models.CharField(_("title"), max_length=300)
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="success_stories",
    )
    province = models.ForeignKey(
        "provinces.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="success_stories",
    )
    link = models.URLField(_("link"), blank=True)

    class Meta:
        verbose_name = _("success story")
        verbose_name_plural = _("success stories shown")
        ordering = ["workshop", "pk"]

    def __str__(self) -> str:
        return self.title
