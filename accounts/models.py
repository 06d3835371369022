"""Portal users and the role each one plays in the programme."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class User(AbstractUser):
    """A person who logs in: ministry staff, a PCSO, a centre coordinator or an agency focal point."""

    class Role(models.TextChoices):
        STAFF = "staff", _("Ministry staff")
        PCSO = "pcso", _("Provincial Chief Science Officer (PCSO)")
        COORDINATOR = "coordinator", _("Regional-centre coordinator")
        FOCAL_POINT = "focal_point", _("Agency focal point")
        NONE = "", _("No role")

    role = models.CharField(_("role"), max_length=20, choices=Role.choices, blank=True, default="")
    position = models.CharField(
        _("position"),
        max_length=200,
        blank=True,
        help_text=_("The person's official position, e.g. รองผู้ว่าราชการจังหวัดเชียงใหม่."),
    )
    province = models.ForeignKey(
        "provinces.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        help_text=_("For a PCSO: the province they act for."),
    )
    regional_centre = models.ForeignKey(
        "provinces.RegionalCentre",
        verbose_name=_("regional centre"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="coordinators",
        help_text=_("For a coordinator: the centre whose provinces they coordinate."),
    )
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="focal_points",
        help_text=_("For an agency focal point: the agency they answer for."),
    )
    deliverer = models.ForeignKey(
        "agencies.Deliverer",
        verbose_name=_("deliverer"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="focal_points",
        help_text=_(
            "For a focal point: the agency, technology clinic, regional centre, university or local "
            "partner whose assignments they answer."
        ),
    )

    # Who held which role when: every change of a login's role, links and rights is kept.
    history = HistoricalRecords(excluded_fields=["password", "last_login"], m2m_fields=["groups"])

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=["staff", "pcso", "coordinator", "focal_point", ""]),
                name="user_role_valid",
            ),
            models.CheckConstraint(
                condition=~Q(role="pcso") | Q(province__isnull=False),
                name="user_pcso_has_province",
            ),
            models.CheckConstraint(
                condition=~Q(role="coordinator") | Q(regional_centre__isnull=False),
                name="user_coordinator_has_centre",
            ),
            models.CheckConstraint(
                condition=~Q(role="focal_point") | Q(deliverer__isnull=False),
                name="user_focal_point_has_deliverer",
            ),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def is_ministry_staff(self) -> bool:
        return self.is_superuser or self.role == self.Role.STAFF


class TwoFactorInvitation(models.Model):
    """A one-time link with which one staff member enrols an authenticator app (issue 12 item 2).

    Issued by a superuser (or ``manage.py two_factor_link`` on the server); only its hash is kept.
    It works once, for its own user, after a fresh log-in, until it expires. Its use is the
    record of the enrolment: when, from which address, and the person is told by e-mail.
    """

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="two_factor_invitations"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    issued_by = models.ForeignKey(
        User,
        verbose_name=_("issued by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"), editable=False)
    used_at = models.DateTimeField(_("used at"), null=True, blank=True, editable=False)
    used_from = models.GenericIPAddressField(_("used from address"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("two-step log-in enrolment link")
        verbose_name_plural = _("two-step log-in enrolment links")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user} {self.created_at:%Y-%m-%d %H:%M}"
